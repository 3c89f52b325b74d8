package dev.actionloop.server.security;

import static dev.actionloop.server.security.Roles.ADMIN;
import static dev.actionloop.server.security.Roles.ANALYST;
import static dev.actionloop.server.security.Roles.AUDITOR;
import static dev.actionloop.server.security.Roles.PARTICIPANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionloop.server.config.SecurityProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One filter chain for everything. Programs call {@code /api/**} with HTTP Basic: stateless, no
 * CSRF token. Browsers sign in on the login form and keep a session: every state-changing request
 * then needs the CSRF token (the {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

  /** Requests answered with problem+json rather than a redirect to the login page. */
  static final RequestMatcher API =
      new OrRequestMatcher(
          AntPathRequestMatcher.antMatcher("/api/**"),
          AntPathRequestMatcher.antMatcher("/actuator/**"),
          AntPathRequestMatcher.antMatcher("/v3/api-docs/**"),
          AntPathRequestMatcher.antMatcher("/engine-rest/**"));

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, IdentityService identityService, ObjectMapper objectMapper)
      throws Exception {
    ProblemResponses problems = new ProblemResponses(objectMapper);
    CookieCsrfTokenRepository csrfTokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
    csrfTokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
    http.authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .requestMatchers("/login", "/error")
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/deployments")
                    .hasRole(ANALYST)
                    .requestMatchers(HttpMethod.GET, "/api/processes", "/api/processes/*/xml")
                    .hasAnyRole(ANALYST, PARTICIPANT, AUDITOR)
                    .requestMatchers(HttpMethod.POST, "/api/processes/*/instances")
                    .hasRole(PARTICIPANT)
                    .requestMatchers(HttpMethod.POST, "/api/loops/*/override")
                    .hasRole(ADMIN)
                    .requestMatchers("/api/loops", "/api/loops/**")
                    .hasRole(PARTICIPANT)
                    .requestMatchers("/api/instances/**")
                    .hasRole(AUDITOR)
                    .requestMatchers("/modeler", "/modeler/**")
                    .hasRole(ANALYST)
                    .requestMatchers("/actuator/**", "/engine-rest/**")
                    .hasRole(ADMIN)
                    .requestMatchers("/api/**")
                    .denyAll()
                    .anyRequest()
                    .authenticated())
        .requestCache(cache -> cache.requestCache(pagesOnly()))
        .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthorized()))
        .formLogin(Customizer.withDefaults())
        .logout(Customizer.withDefaults())
        .csrf(
            csrf ->
                csrf.csrfTokenRepository(csrfTokens)
                    .csrfTokenRequestHandler(new SpaCsrfTokenRequestHandler())
                    .ignoringRequestMatchers(SecurityConfiguration::isBasicFromAProgram))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(problems.unauthorized(), API)
                    .defaultAccessDeniedHandlerFor(problems.forbidden(), API))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; style-src 'self'"
                                + " 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'")))
        .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /** Only pages are remembered for after the login; API calls never start a session. */
  private static HttpSessionRequestCache pagesOnly() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(new NegatedRequestMatcher(API));
    return cache;
  }

  /**
   * A request carrying Basic credentials that did not come from another site. Browsers never hold
   * Basic credentials for this server (see {@link ProblemResponses#unauthorized()}), and a
   * cross-site request is refused the exemption anyway.
   */
  private static boolean isBasicFromAProgram(HttpServletRequest request) {
    String authorization = request.getHeader("Authorization");
    return authorization != null
        && authorization.regionMatches(true, 0, "Basic ", 0, 6)
        && !"cross-site".equals(request.getHeader("Sec-Fetch-Site"));
  }

  @Bean
  AuthenticationManager authenticationManager(
      IdentityService identityService, SecurityProperties properties) {
    return new ProviderManager(new CamundaAuthenticationProvider(identityService, properties));
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy(Roles.HIERARCHY);
  }
}
