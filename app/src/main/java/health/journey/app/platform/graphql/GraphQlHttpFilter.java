package health.journey.app.platform.graphql;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds every request to {@code /graphql} to the GraphQL-over-HTTP specification before anything
 * reads it, and refuses what it cannot serve with the status the specification expects and a
 * GraphQL error body: another method than POST (405, with the {@code Allow} header that OPTIONS
 * answers too), an {@code Accept} that admits no JSON answer (406), a body that is not JSON (415),
 * larger than the limit (413), or not a GraphQL request: not an object, a key given twice, {@code
 * query} missing or not a string, {@code variables}, {@code extensions} or {@code operationName} of
 * the wrong type (400). Nothing it refuses reaches the GraphQL engine, and no input makes it fail.
 */
class GraphQlHttpFilter extends OncePerRequestFilter {

  static final String ALLOW = "POST, OPTIONS";

  private static final MediaType GRAPHQL_RESPONSE =
      MediaType.parseMediaType("application/graphql-response+json");

  /** A key given twice is ambiguous: two parsers in a chain may read different values. */
  private static final JsonMapper STRICT =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private final long maxBytes;
  private final String tooLarge;

  GraphQlHttpFilter(DataSize maxSize) {
    this.maxBytes = maxSize.toBytes();
    this.tooLarge =
        "The request body is larger than " + readable(maxSize) + "; send a smaller request";
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String method = request.getMethod();
    if ("OPTIONS".equals(method)) {
      response.setStatus(HttpServletResponse.SC_NO_CONTENT);
      response.setHeader("Allow", ALLOW);
      return;
    }
    if (!"POST".equals(method)) {
      response.setHeader("Allow", ALLOW);
      refuse(
          request,
          response,
          HttpServletResponse.SC_METHOD_NOT_ALLOWED,
          "METHOD_NOT_ALLOWED",
          "Send GraphQL requests with POST");
      return;
    }
    if (!acceptsJson(request.getHeader("Accept"))) {
      refuse(
          request,
          response,
          HttpServletResponse.SC_NOT_ACCEPTABLE,
          "NOT_ACCEPTABLE",
          "The answer is application/graphql-response+json or application/json; accept one of them");
      return;
    }
    if (!isJson(request.getContentType())) {
      refuse(
          request,
          response,
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "UNSUPPORTED_MEDIA_TYPE",
          "Send the request as application/json (UTF-8)");
      return;
    }
    long declared = request.getContentLengthLong();
    if (declared > maxBytes) {
      tooLarge(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(Math.toIntExact(maxBytes + 1));
    if (body.length > maxBytes) {
      tooLarge(request, response);
      return;
    }
    String problem = problemWith(body);
    if (problem != null) {
      refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, "INVALID_REQUEST", problem);
      return;
    }
    chain.doFilter(new ReadBody(request, body), response);
  }

  /** What makes the body not a GraphQL request, or null when it is one. */
  static String problemWith(byte[] body) {
    JsonNode request;
    try {
      request = STRICT.readTree(body);
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      return message != null && message.startsWith("Duplicate")
          ? "The request body names a key twice; give each of query, variables, operationName and"
              + " extensions at most once"
          : "The request body is not valid JSON";
    }
    if (request == null || request.isMissingNode() || !request.isObject()) {
      return "The request body must be a JSON object with a \"query\"";
    }
    JsonNode query = request.get("query");
    if (query == null || query.isNull()) {
      return "The request has no \"query\"";
    }
    if (!query.isString()) {
      return "\"query\" must be a string";
    }
    for (String key : List.of("variables", "extensions")) {
      JsonNode value = request.get(key);
      if (value != null && !value.isNull() && !value.isObject()) {
        return "\"" + key + "\" must be an object";
      }
    }
    JsonNode operation = request.get("operationName");
    if (operation != null && !operation.isNull() && !operation.isString()) {
      return "\"operationName\" must be a string";
    }
    return null;
  }

  private static boolean acceptsJson(String accept) {
    if (accept == null || accept.isBlank()) {
      return true;
    }
    try {
      for (MediaType type : MediaType.parseMediaTypes(accept)) {
        if (type.includes(GRAPHQL_RESPONSE) || type.includes(MediaType.APPLICATION_JSON)) {
          return true;
        }
      }
      return false;
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      String charset = type.getParameter("charset");
      return MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)
          && (charset == null || charset.equalsIgnoreCase("utf-8"));
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private void tooLarge(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // The rest of the body is not wanted; do not keep the connection for it.
    response.setHeader("Connection", "close");
    refuse(
        request,
        response,
        HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
        "REQUEST_TOO_LARGE",
        tooLarge);
  }

  /** A GraphQL-over-HTTP error answer, in the media type the client asked for. */
  private static void refuse(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String code,
      String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType(
        prefersGraphQlResponse(request.getHeader("Accept"))
            ? GRAPHQL_RESPONSE.toString()
            : MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            STRICT.writeValueAsString(
                Map.of(
                    "errors",
                    List.of(
                        Map.of(
                            "message",
                            message,
                            "extensions",
                            Map.of("classification", "BAD_REQUEST", "code", code))))));
  }

  private static boolean prefersGraphQlResponse(String accept) {
    if (accept == null) {
      return false;
    }
    try {
      for (MediaType type : MediaType.parseMediaTypes(accept)) {
        if (GRAPHQL_RESPONSE.equalsTypeAndSubtype(type)) {
          return true;
        }
        if (MediaType.APPLICATION_JSON.equalsTypeAndSubtype(type)) {
          return false;
        }
      }
    } catch (InvalidMediaTypeException e) {
      return false;
    }
    return false;
  }

  private static String readable(DataSize size) {
    long bytes = size.toBytes();
    if (bytes % DataSize.ofMegabytes(1).toBytes() == 0) {
      return size.toMegabytes() + " MB";
    }
    if (bytes % DataSize.ofKilobytes(1).toBytes() == 0) {
      return size.toKilobytes() + " KB";
    }
    return bytes + " bytes";
  }

  /** A request whose body has already been read (within the limit). */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("The body has been read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
