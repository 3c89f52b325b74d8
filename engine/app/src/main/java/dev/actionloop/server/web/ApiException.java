package dev.actionloop.server.web;

import org.springframework.http.HttpStatus;

/** A refusal by the API itself (bad input, unknown id) with the message the caller sees. */
public class ApiException extends RuntimeException {
  private final HttpStatus status;

  public ApiException(HttpStatus status, String message) {
    super(message);
    this.status = status;
  }

  public static ApiException badRequest(String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, message);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message);
  }

  public HttpStatus status() {
    return status;
  }
}
