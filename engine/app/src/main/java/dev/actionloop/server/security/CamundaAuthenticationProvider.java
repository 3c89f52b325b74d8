package dev.actionloop.server.security;

import dev.actionloop.server.config.SecurityProperties;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks user name and password against Camunda's identity service (which also throttles and locks
 * after repeated failures) and turns group membership into roles.
 */
final class CamundaAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final SecurityProperties properties;
  private final Set<String> adminGroups;

  CamundaAuthenticationProvider(
      IdentityService identityService, SecurityProperties properties, Set<String> adminGroups) {
    this.identityService = identityService;
    this.properties = properties;
    this.adminGroups = Set.copyOf(adminGroups);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null
        || userId.isBlank()
        || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    List<String> groups =
        identityService.createGroupQuery().groupMember(userId).list().stream()
            .map(Group::getId)
            .toList();
    return UsernamePasswordAuthenticationToken.authenticated(
        userId, null, Roles.authorities(groups, properties, adminGroups));
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
