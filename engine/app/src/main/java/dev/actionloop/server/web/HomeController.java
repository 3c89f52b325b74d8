package dev.actionloop.server.web;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/** A minimal home page after sign-in: who you are and where to go. */
@RestController
class HomeController {

  @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
  String home(Authentication user, CsrfToken csrf) {
    String name = HtmlUtils.htmlEscape(user.getName());
    String token = HtmlUtils.htmlEscape(csrf.getToken());
    return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>ActionLoop</title>
        <meta name="_csrf" content="%2$s"><meta name="_csrf_header" content="%3$s"></head>
        <body>
        <h1>ActionLoop</h1>
        <p>Signed in as <strong>%1$s</strong>.</p>
        <ul>
          <li><a href="/modeler/">Modeler</a> (analysts): model and deploy processes</li>
          <li><a href="/api/processes">Processes</a> (JSON)</li>
          <li><a href="/api/loops">My loops</a> (JSON, participants)</li>
          <li><a href="/v3/api-docs">OpenAPI description</a></li>
        </ul>
        <form method="post" action="/logout"><input type="hidden" name="%4$s" value="%2$s">
        <button>Sign out</button></form>
        </body></html>
        """
        .formatted(name, token, csrf.getHeaderName(), csrf.getParameterName());
  }
}
