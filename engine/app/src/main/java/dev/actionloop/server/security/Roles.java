package dev.actionloop.server.security;

import dev.actionloop.server.config.SecurityProperties;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The server's roles and how Camunda group membership grants them. A user's groups travel with
 * their authentication as {@code GROUP_<id>} authorities, so the engine identity can be set on
 * every request without another identity lookup.
 */
public final class Roles {
  public static final String ANALYST = "ANALYST";
  public static final String PARTICIPANT = "PARTICIPANT";
  public static final String AUDITOR = "AUDITOR";
  public static final String ADMIN = "ADMIN";

  static final String GROUP_PREFIX = "GROUP_";

  /** Admins hold every other role. */
  static final String HIERARCHY =
      "ROLE_ADMIN > ROLE_ANALYST\nROLE_ADMIN > ROLE_PARTICIPANT\nROLE_ADMIN > ROLE_AUDITOR";

  private Roles() {}

  /**
   * @param adminGroups the engine plugin's admin groups ({@code actionloop.admin-groups}), so the
   *     server's admins are exactly those the engine lets override
   */
  static List<GrantedAuthority> authorities(
      Collection<String> groups, SecurityProperties properties, Collection<String> adminGroups) {
    List<GrantedAuthority> authorities = new ArrayList<>();
    for (String group : groups) {
      authorities.add(new SimpleGrantedAuthority(GROUP_PREFIX + group));
      grant(authorities, properties.getAnalystGroups().contains(group), ANALYST);
      grant(authorities, properties.getParticipantGroups().contains(group), PARTICIPANT);
      grant(authorities, properties.getAuditorGroups().contains(group), AUDITOR);
      grant(authorities, adminGroups.contains(group), ADMIN);
    }
    return authorities;
  }

  /** The Camunda group ids carried by an authentication's authorities. */
  public static List<String> groups(Collection<? extends GrantedAuthority> authorities) {
    return authorities.stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(GROUP_PREFIX))
        .map(a -> a.substring(GROUP_PREFIX.length()))
        .toList();
  }

  public static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
    return authorities.stream()
        .anyMatch(
            a -> a.getAuthority().equals("ROLE_" + role) || a.getAuthority().equals("ROLE_ADMIN"));
  }

  private static void grant(List<GrantedAuthority> authorities, boolean member, String role) {
    SimpleGrantedAuthority authority = new SimpleGrantedAuthority("ROLE_" + role);
    if (member && !authorities.contains(authority)) {
      authorities.add(authority);
    }
  }
}
