package dev.actionloop.server.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 from the security layer as {@code application/problem+json}, never a stack trace. */
final class ProblemResponses {

  private final ObjectMapper objectMapper;

  ProblemResponses(ObjectMapper objectMapper) {
    this.objectMapper = objectMapper;
  }

  /**
   * Programs get a Basic challenge. Browsers (they send {@code Sec-Fetch-Mode}) do not: a browser
   * that never shows the Basic dialog never caches Basic credentials, so a cross-site page cannot
   * ride on them, which is what lets Basic requests skip the CSRF token.
   */
  AuthenticationEntryPoint unauthorized() {
    return (request, response, exception) -> {
      if (request.getHeader("Sec-Fetch-Mode") == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ActionLoop\", charset=\"UTF-8\"");
      }
      write(
          request,
          response,
          HttpStatus.UNAUTHORIZED,
          "Sign in first: send HTTP Basic credentials or use the session of the login page.");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        write(
            request,
            response,
            HttpStatus.FORBIDDEN,
            exception instanceof org.springframework.security.web.csrf.CsrfException
                ? "The CSRF token is missing or out of date: reload the page and try again."
                : "Your role does not allow this request.");
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setInstance(URI.create(request.getRequestURI()));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    objectMapper.writeValue(response.getOutputStream(), problem);
  }
}
