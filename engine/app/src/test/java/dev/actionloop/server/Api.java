package dev.actionloop.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A small HTTP client for the tests: who calls, with which headers, and the answer as JSON. */
public final class Api {
  private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final String base;
  private final String user;
  private final Map<String, String> headers;

  private Api(String base, String user, Map<String, String> headers) {
    this.base = base;
    this.user = user;
    this.headers = headers;
  }

  public static Api at(int port) {
    return new Api("http://localhost:" + port, null, Map.of());
  }

  /** Signs in with HTTP Basic and the user's demo password. */
  public Api as(String user) {
    return as(user, user + "-demo");
  }

  public Api as(String user, String password) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(
        "Authorization",
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    return new Api(base, user, h);
  }

  public Api header(String name, String value) {
    Map<String, String> h = new LinkedHashMap<>(headers);
    h.put(name, value);
    return new Api(base, user, h);
  }

  public String user() {
    return user;
  }

  public Response get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  public Response post(String path, Object body) {
    try {
      HttpRequest.BodyPublisher publisher =
          body == null
              ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(
                  body instanceof String s ? s : JSON.writeValueAsString(body));
      return send(
          HttpRequest.newBuilder(URI.create(base + path))
              .header("Content-Type", "application/json")
              .POST(publisher));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code POST /api/deployments} with the file as multipart field {@code file}. */
  public Response deploy(String fileName, byte[] content) {
    String boundary = "----actionloop" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
    body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(URI.create(base + "/api/deployments"))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private Response send(HttpRequest.Builder request) {
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** An answer: status, headers, body. */
  public record Response(HttpResponse<String> raw) {
    public int status() {
      return raw.statusCode();
    }

    public String body() {
      return raw.body();
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + raw.body(), e);
      }
    }

    @Override
    public String toString() {
      return raw.request().method() + " " + raw.uri() + " -> " + status() + " " + body();
    }
  }
}
