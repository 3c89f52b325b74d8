package dev.actionloop.server.security;

import static dev.actionloop.server.security.Roles.ADMIN;
import static dev.actionloop.server.security.Roles.ANALYST;
import static dev.actionloop.server.security.Roles.AUDITOR;
import static dev.actionloop.server.security.Roles.PARTICIPANT;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.actionloop.server.config.SecurityProperties;
import dev.actionloop.spring.boot.ActionLoopProperties;
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
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
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
                    .ignoringRequestMatchers(SecurityConfiguration::carriesNoBrowserCredentials))
        .exceptionHandling(
            exceptions ->
                exceptions
                    .defaultAuthenticationEntryPointFor(problems.unauthorized(), API)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new NegatedRequestMatcher(API))
                    .defaultAccessDeniedHandlerFor(problems.forbidden(), API))
        .headers(
            headers ->
                headers.contentSecurityPolicy(
                    csp ->
                        csp.policyDirectives(
                            "default-src 'self'; img-src 'self' data:; font-src 'self' data:; style-src 'self'"
                                + " 'unsafe-inline'; object-src 'none'; frame-ancestors 'none'")))
        .addFilterAfter(new EngineIdentityFilter(identityService), AuthorizationFilter.class);
    return http.build();
  }

  /**
   * Only pages are remembered for after the login; API calls never start a session. A browser
   * showing the login form also fetches {@code /favicon.ico} (and the form's resources): those must
   * not replace the page the user asked for, or the login lands on an icon.
   */
  private static HttpSessionRequestCache pagesOnly() {
    HttpSessionRequestCache cache = new HttpSessionRequestCache();
    cache.setRequestMatcher(SecurityConfiguration::isPageRequest);
    return cache;
  }

  private static final RequestMatcher FAVICON = AntPathRequestMatcher.antMatcher("/**/favicon.*");

  /**
   * A GET of a page: not the API, and from a browser a navigation ({@code Sec-Fetch-Dest:
   * document}); without fetch metadata, anything but a favicon.
   */
  static boolean isPageRequest(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod()) || API.matches(request)) {
      return false;
    }
    String destination = request.getHeader("Sec-Fetch-Dest");
    return destination != null ? "document".equals(destination) : !FAVICON.matches(request);
  }

  /**
   * CSRF matters only where a browser adds credentials by itself: a session cookie. An API request
   * without a session is exempt when it carries no credentials (it will get 401) or Basic
   * credentials from a program. Browsers never hold Basic credentials for this server (see {@link
   * ProblemResponses#unauthorized()}), and a cross-site request never gets the exemption.
   */
  private static boolean carriesNoBrowserCredentials(HttpServletRequest request) {
    if (!API.matches(request)
        || request.getRequestedSessionId() != null
        || "cross-site".equals(request.getHeader("Sec-Fetch-Site"))) {
      return false;
    }
    String authorization = request.getHeader("Authorization");
    return authorization == null || authorization.regionMatches(true, 0, "Basic ", 0, 6);
  }

  @Bean
  AuthenticationManager authenticationManager(
      IdentityService identityService,
      SecurityProperties properties,
      ActionLoopProperties engineProperties) {
    return new ProviderManager(
        new CamundaAuthenticationProvider(
            identityService, properties, engineProperties.getAdminGroups()));
  }

  @Bean
  static RoleHierarchy roleHierarchy() {
    return RoleHierarchyImpl.fromHierarchy(Roles.HIERARCHY);
  }
}
