package dev.actionloop.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After signing in, a browser lands on the page it asked for, even though it fetched the favicon
 * (and other resources) while the login form was shown. Found by the web modeler's browser test
 * against the server: the analyst landed on {@code /favicon.ico?continue} instead of the modeler.
 */
class LoginLandingTest extends ServerTest {

  @Test
  void theAnalystLandsOnTheModelerNotOnTheFavicon() throws Exception {
    HttpClient browser = browser();

    HttpResponse<String> modeler = navigate(browser, "/modeler/", "document");
    assertThat(modeler.statusCode()).isEqualTo(302);
    assertThat(modeler.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    // what Chromium does while it shows the login form
    HttpResponse<String> favicon = navigate(browser, "/favicon.ico", "image");
    assertThat(favicon.statusCode()).isEqualTo(302);

    String landing = signIn(browser, "ana");

    assertThat(URI.create(landing).getPath()).isEqualTo("/modeler/");
  }

  @Test
  void aProgramWithoutFetchMetadataAskingForTheFaviconIsNotRememberedEither() throws Exception {
    HttpClient browser = browser();

    send(browser, get("/modeler/"));
    send(browser, get("/favicon.ico"));
    String landing = signIn(browser, "ana");

    assertThat(URI.create(landing).getPath()).isEqualTo("/modeler/");
  }

  @Test
  void scriptsAndImagesTheLoginPageLoadsAreNotRemembered() throws Exception {
    HttpClient browser = browser();

    navigate(browser, "/modeler/", "document");
    navigate(browser, "/modeler/app.js", "script");
    navigate(browser, "/some/picture.png", "image");
    String landing = signIn(browser, "ana");

    assertThat(URI.create(landing).getPath()).isEqualTo("/modeler/");
  }

  @Test
  void withoutAPageAskedForTheLoginLandsOnTheHomePage() throws Exception {
    HttpClient browser = browser();

    navigate(browser, "/favicon.ico", "image");
    String landing = signIn(browser, "ana");

    assertThat(URI.create(landing).getPath()).isEqualTo("/");
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private HttpResponse<String> navigate(HttpClient browser, String path, String destination)
      throws Exception {
    return send(
        browser,
        get(path)
            .header("Sec-Fetch-Dest", destination)
            .header("Sec-Fetch-Mode", "document".equals(destination) ? "navigate" : "no-cors")
            .header("Sec-Fetch-Site", "same-origin"));
  }

  /** Posts the login form with its CSRF token; returns where the server sends the browser. */
  private String signIn(HttpClient browser, String user) throws Exception {
    String form = send(browser, get("/login")).body();
    Matcher token = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
    assertThat(token.find()).as(form).isTrue();
    HttpResponse<String> login =
        send(
            browser,
            HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "username="
                            + user
                            + "&password="
                            + user
                            + "-demo&_csrf="
                            + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
    assertThat(login.statusCode()).isEqualTo(302);
    String location = login.headers().firstValue("Location").orElseThrow();
    assertThat(location).doesNotContain("error");
    return location;
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(url(path)).GET();
  }

  private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request)
      throws Exception {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private URI url(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
