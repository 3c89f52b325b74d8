package dev.actionloop.server.web;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.actionloop.engine.LoopConflictException;
import dev.actionloop.engine.LoopException;
import dev.actionloop.engine.LoopForbiddenException;
import dev.actionloop.engine.LoopInvalidActException;
import dev.actionloop.engine.LoopNotFoundException;
import dev.actionloop.engine.LoopStateException;
import dev.actionloop.server.ServerLog;
import dev.actionloop.server.deploy.ModelRejectedException;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as {@code application/problem+json} (RFC 7807) with a message the user can act
 * on. Unexpected failures are logged with an id that the response repeats, never a stack trace.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  @ExceptionHandler(ModelRejectedException.class)
  ProblemDetail modelRejected(ModelRejectedException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            e.isTooLarge() ? HttpStatus.PAYLOAD_TOO_LARGE : HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle(e.isTooLarge() ? "Model too large" : "Model refused");
    problem.setProperty("findings", e.findings());
    return problem;
  }

  @ExceptionHandler(ApiException.class)
  ProblemDetail api(ApiException e) {
    return ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
  }

  @ExceptionHandler(LoopException.class)
  ProblemDetail loop(LoopException e) {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    if (e instanceof LoopNotFoundException) {
      status = HttpStatus.NOT_FOUND;
    } else if (e instanceof LoopForbiddenException) {
      status = HttpStatus.FORBIDDEN;
    } else if (e instanceof LoopStateException || e instanceof LoopConflictException) {
      status = HttpStatus.CONFLICT;
    } else if (e instanceof LoopInvalidActException) {
      status = HttpStatus.BAD_REQUEST;
    }
    return ProblemDetail.forStatusAndDetail(status, e.getMessage());
  }

  @ExceptionHandler(OptimisticLockingException.class)
  ProblemDetail concurrent(OptimisticLockingException e) {
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.CONFLICT,
        "Someone else changed this at the same moment; reload and try again if it still applies.");
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail engineForbidden(AuthorizationException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "You may not do this.");
  }

  @ExceptionHandler(BadUserRequestException.class)
  ProblemDetail engineBadRequest(BadUserRequestException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engine(ProcessEngineException e) {
    String id = UUID.randomUUID().toString();
    ServerLog.engineRefused(id, e);
    // Engine refusals that reach here come from the request (a variable an expression needs, a
    // value of the wrong type, ...): the caller can fix them, so 400 with the engine's reason.
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The engine could not do this: " + firstLine(e.getMessage()) + " (error " + id + ")");
    problem.setTitle("Engine refused the request");
    return problem;
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    String id = UUID.randomUUID().toString();
    ServerLog.unexpected(id, e);
    return ProblemDetail.forStatusAndDetail(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Something went wrong on the server; the administrator can find error "
            + id
            + " in the log.");
  }

  @Override
  protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
      MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest r) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.PAYLOAD_TOO_LARGE, "The upload is larger than the server accepts.");
    problem.setTitle("Model too large");
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest r) {
    if (e.getMostSpecificCause() instanceof UnrecognizedPropertyException unknown) {
      return ResponseEntity.badRequest()
          .body(
              ProblemDetail.forStatusAndDetail(
                  HttpStatus.BAD_REQUEST,
                  "Unknown field '"
                      + unknown.getPropertyName()
                      + "'; this request takes: "
                      + unknown.getKnownPropertyIds().stream()
                          .map(String::valueOf)
                          .sorted()
                          .toList()
                      + "."));
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST,
            "The request body is not valid JSON of the expected shape (dates are ISO-8601"
                + " instants such as 2026-12-01T17:00:00Z): "
                + firstLine(e.getMostSpecificCause().getMessage()));
    return ResponseEntity.badRequest().body(problem);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no detail";
    }
    String line = message.lines().findFirst().orElse("");
    return line.length() > 300 ? line.substring(0, 300) + "..." : line;
  }
}
