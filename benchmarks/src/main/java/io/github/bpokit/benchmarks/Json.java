package io.github.bpokit.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Just enough JSON for the end-to-end benchmark (no dependency): writing strings and numbers, and parsing a document
 * into {@link LinkedHashMap}s (key order kept), {@link List}s, {@link String}s, {@link Double}s or {@link Long}s
 * (numbers without fraction or exponent), {@link Boolean}s and {@code null}.
 */
final class Json {
  private final String text;
  private int at;

  private Json(String text) {
    this.text = text;
  }

  static String quote(String s) {
    StringBuilder quoted = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < ' ') {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  /** A number as JSON: {@code null} for null, NaN or an infinity (JSON has none of them). */
  static String number(@Nullable Object value) {
    if (value instanceof Double && !Double.isFinite((Double) value)) {
      return "null";
    }
    return String.valueOf(value);
  }

  static @Nullable Object parse(String text) {
    Json json = new Json(text);
    Object value = json.value();
    json.space();
    if (json.at != text.length()) {
      throw json.error("unexpected text after the document");
    }
    return value;
  }

  private @Nullable Object value() {
    space();
    if (at >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(at);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        return number();
    }
  }

  private Map<String, @Nullable Object> object() {
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    at++;
    space();
    if (peek('}')) {
      return object;
    }
    do {
      space();
      String key = string();
      space();
      expect(':');
      object.put(key, value());
      space();
    } while (peek(','));
    expect('}');
    return object;
  }

  private List<@Nullable Object> array() {
    List<@Nullable Object> array = new ArrayList<>();
    at++;
    space();
    if (peek(']')) {
      return array;
    }
    do {
      array.add(value());
      space();
    } while (peek(','));
    expect(']');
    return array;
  }

  private String string() {
    expect('"');
    StringBuilder s = new StringBuilder();
    while (at < text.length()) {
      char c = text.charAt(at++);
      if (c == '"') {
        return s.toString();
      }
      if (c == '\\') {
        char e = text.charAt(at++);
        switch (e) {
          case 'n':
            s.append('\n');
            break;
          case 't':
            s.append('\t');
            break;
          case 'r':
            s.append('\r');
            break;
          case 'b':
            s.append('\b');
            break;
          case 'f':
            s.append('\f');
            break;
          case 'u':
            s.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
            at += 4;
            break;
          default:
            s.append(e);
        }
      } else {
        s.append(c);
      }
    }
    throw error("unterminated string");
  }

  private Object number() {
    int start = at;
    while (at < text.length() && "+-0123456789.eE".indexOf(text.charAt(at)) >= 0) {
      at++;
    }
    String n = text.substring(start, at);
    try {
      boolean whole = n.indexOf('.') < 0 && n.indexOf('e') < 0 && n.indexOf('E') < 0;
      return whole ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
    } catch (NumberFormatException e) {
      at = start;
      throw error("not a JSON value");
    }
  }

  private @Nullable Object literal(String word, @Nullable Object value) {
    if (!text.startsWith(word, at)) {
      throw error("not a JSON value");
    }
    at += word.length();
    return value;
  }

  private void space() {
    while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
      at++;
    }
  }

  private boolean peek(char c) {
    if (at < text.length() && text.charAt(at) == c) {
      at++;
      return true;
    }
    return false;
  }

  private void expect(char c) {
    if (!peek(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private IllegalArgumentException error(String message) {
    return new IllegalArgumentException(message + " at offset " + at);
  }
}
