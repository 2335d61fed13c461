package io.github.bpokit.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.sla.SlaClock;
import io.github.bpokit.sla.SlaMetric;
import io.github.bpokit.sla.SlaPolicy;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads an SLA policies file (JSON) into an {@link SlaClock}. Every error names the path of the bad entry, e.g.
 * {@code policies[1].targets.first_reply.URGENT: 'PT-1H' is not a positive duration}.
 *
 * <pre>
 * {
 *   "atRiskShare": 0.25,                                   optional, 0 to 1, default 0.25
 *   "calendars": {                                         optional: named calendars
 *     "office": "tz=Europe/Berlin; Mon-Fri 09:00-17:00; holidays 2026-12-25"
 *   },
 *   "policies": [                                          required, tried in order, the first match applies
 *     {
 *       "name": "urgent email",                            required, unique
 *       "when": {                                          optional; no "when" (or {}) is a catch-all
 *         "channel": ["EMAIL"],                            each a string or an array of strings;
 *         "priority": ["HIGH", "URGENT"],                  all given conditions must hold
 *         "category": ["billing"],
 *         "vendor": ["acme", "inhouse"]
 *       },
 *       "calendar": "office",                              optional: a name from "calendars" or a calendar's
 *                                                          text form ("Mon-Fri 09:00-17:00", "24x7"); default 24x7
 *       "targets": {                                       optional: metric id to target
 *         "first_reply": "4h",                             a duration for every priority, or
 *         "resolution": {"*": "40h", "URGENT": "8h"}       per priority, "*" for the priorities not named
 *       }
 *     }
 *   ]
 * }
 * </pre>
 *
 * <p>Durations are business time on the policy's calendar: ISO-8601 ({@code PT4H}, {@code PT1H30M}, {@code P2D} =
 * 48 hours) or a short form of hours, minutes and seconds ({@code 4h}, {@code 90m}, {@code 1h30m}, {@code 45s}).
 * Unknown keys and duplicate keys are errors.
 */
final class SlaPoliciesFile {
  /** The mapper, built when a file is first read (not when the class is initialised). */
  private static final class Mapper {
    static final ObjectMapper MAPPER = JsonMapper.builder()
        .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();

    private Mapper() {}
  }

  /** Jackson's location of a related token, without the redacted source. */
  private static final Pattern SOURCE = Pattern.compile(" at \\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]");

  private SlaPoliciesFile() {}

  /** A policies file that is not valid: the path of the bad entry and what is wrong. */
  static final class PolicyFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String path;

    PolicyFileException(String path, String message) {
      super(path.isEmpty() ? message : path + ": " + message);
      this.path = path;
    }

    /** Returns the path of the bad entry, e.g. {@code policies[0].targets.first_reply}; empty for the file. */
    String path() {
      return path;
    }
  }

  static SlaClock read(Path file) throws IOException {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader);
    }
  }

  static SlaClock read(Reader reader) throws IOException {
    JsonNode root;
    try {
      root = Mapper.MAPPER.readTree(reader);
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      String detail = SOURCE.matcher(String.valueOf(e.getOriginalMessage())).replaceAll(" at line $1, column $2");
      throw new PolicyFileException("", "not valid JSON" + at + ": " + detail);
    }
    if (root == null || root.isMissingNode()) {
      throw new PolicyFileException("", "the file is empty: expected a JSON object with \"policies\"");
    }
    return clock(root);
  }

  private static SlaClock clock(JsonNode root) {
    object(root, "", Set.of("atRiskShare", "calendars", "policies"));
    SlaClock.Builder clock = SlaClock.builder();
    JsonNode share = root.get("atRiskShare");
    if (share != null) {
      if (!share.isNumber() || !(share.asDouble() >= 0 && share.asDouble() <= 1)) {
        throw new PolicyFileException("atRiskShare", "expected a number from 0 to 1, got " + share);
      }
      clock.atRiskShare(share.asDouble());
    }
    Map<String, BusinessCalendar> calendars = new HashMap<>();
    JsonNode named = root.get("calendars");
    if (named != null) {
      object(named, "calendars", null);
      for (Map.Entry<String, JsonNode> entry : named.properties()) {
        String path = "calendars." + entry.getKey();
        calendars.put(entry.getKey(), calendar(text(entry.getValue(), path), path));
      }
    }
    JsonNode policies = root.get("policies");
    if (policies == null) {
      throw new PolicyFileException("policies", "missing: expected an array of policies");
    }
    if (!policies.isArray() || policies.isEmpty()) {
      throw new PolicyFileException("policies", "expected a non-empty array of policies, got " + policies);
    }
    for (int i = 0; i < policies.size(); i++) {
      String path = "policies[" + i + "]";
      SlaPolicy policy = policy(policies.get(i), path, calendars);
      try {
        clock.policy(policy);
      } catch (IllegalArgumentException e) {
        throw new PolicyFileException(path + ".name", e.getMessage());
      }
    }
    return clock.build();
  }

  private static SlaPolicy policy(JsonNode node, String path, Map<String, BusinessCalendar> calendars) {
    object(node, path, Set.of("name", "when", "calendar", "targets"));
    JsonNode nameNode = node.get("name");
    if (nameNode == null) {
      throw new PolicyFileException(path + ".name", "missing: every policy needs a name");
    }
    String name = text(nameNode, path + ".name");
    if (name.isBlank()) {
      throw new PolicyFileException(path + ".name", "must not be blank");
    }
    SlaPolicy.Builder policy = SlaPolicy.builder(name);
    JsonNode when = node.get("when");
    if (when != null) {
      String w = path + ".when";
      object(when, w, Set.of("channel", "priority", "category", "vendor"));
      if (when.has("channel")) {
        policy.channels(values(when.get("channel"), w + ".channel", Channel::parse).toArray(new Channel[0]));
      }
      if (when.has("priority")) {
        policy.priorities(values(when.get("priority"), w + ".priority", Priority::parse).toArray(new Priority[0]));
      }
      if (when.has("category")) {
        policy.categories(values(when.get("category"), w + ".category", s -> nonBlank(s)).toArray(new String[0]));
      }
      if (when.has("vendor")) {
        policy.vendors(values(when.get("vendor"), w + ".vendor", s -> nonBlank(s)).toArray(new String[0]));
      }
    }
    JsonNode calendar = node.get("calendar");
    if (calendar != null) {
      String text = text(calendar, path + ".calendar");
      BusinessCalendar c = calendars.get(text);
      policy.calendar(c != null ? c : calendar(text, path + ".calendar"));
    }
    JsonNode targets = node.get("targets");
    if (targets != null) {
      object(targets, path + ".targets", null);
      for (Map.Entry<String, JsonNode> entry : targets.properties()) {
        String t = path + ".targets." + entry.getKey();
        SlaMetric metric;
        try {
          metric = SlaMetric.parse(entry.getKey());
        } catch (IllegalArgumentException e) {
          throw new PolicyFileException(t, e.getMessage());
        }
        targets(policy, metric, entry.getValue(), t);
      }
    }
    return policy.build();
  }

  private static void targets(SlaPolicy.Builder policy, SlaMetric metric, JsonNode node, String path) {
    if (node.isTextual()) {
      policy.target(metric, duration(node.asText(), path));
      return;
    }
    object(node, path, null);
    JsonNode all = node.get("*");
    if (all != null) {
      policy.target(metric, duration(text(all, path + ".*"), path + ".*"));
    }
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (entry.getKey().equals("*")) {
        continue;
      }
      String p = path + "." + entry.getKey();
      Priority priority;
      try {
        priority = Priority.parse(entry.getKey());
      } catch (IllegalArgumentException e) {
        throw new PolicyFileException(p, e.getMessage() + ", or * for the others");
      }
      policy.target(metric, priority, duration(text(entry.getValue(), p), p));
    }
  }

  /** Parses {@code PT4H}-style ISO-8601 or the short {@code 1h30m} form. */
  static Duration duration(String text, String path) {
    Duration d = Durations.parse(text).orElseThrow(() -> new PolicyFileException(path, "'" + text
        + "' is not a duration: use ISO-8601 (PT4H, PT1H30M, P2D) or hours, minutes and seconds (4h, 90m, 1h30m, 45s)"));
    if (d.isNegative() || d.isZero()) {
      throw new PolicyFileException(path, "'" + text + "' is not a positive duration");
    }
    if (d.compareTo(Duration.ofDays(36_525)) > 0) {
      throw new PolicyFileException(path, "'" + text + "' is longer than 100 years");
    }
    return d;
  }

  private static BusinessCalendar calendar(String text, String path) {
    try {
      return BusinessCalendar.parse(text);
    } catch (IllegalArgumentException e) {
      throw new PolicyFileException(path, "not a calendar: " + e.getMessage());
    }
  }

  private static <E> List<E> values(JsonNode node, String path, Function<String, E> parser) {
    List<E> out = new ArrayList<>();
    if (node.isTextual()) {
      out.add(parse(node.asText(), path, parser));
    } else if (node.isArray() && !node.isEmpty()) {
      for (int i = 0; i < node.size(); i++) {
        String p = path + "[" + i + "]";
        out.add(parse(text(node.get(i), p), p, parser));
      }
    } else {
      throw new PolicyFileException(path, "expected a string or a non-empty array of strings, got " + node);
    }
    return out;
  }

  private static <E> E parse(String text, String path, Function<String, E> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new PolicyFileException(path, e.getMessage());
    }
  }

  private static String nonBlank(String s) {
    if (s.isBlank()) {
      throw new IllegalArgumentException("must not be blank");
    }
    return s.strip();
  }

  private static String text(JsonNode node, String path) {
    if (!node.isTextual()) {
      throw new PolicyFileException(path, "expected a string, got " + node);
    }
    return node.asText();
  }

  /** Checks that the node is an object whose keys are all allowed (any key when {@code allowed} is null). */
  private static void object(JsonNode node, String path, @Nullable Set<String> allowed) {
    if (!node.isObject()) {
      throw new PolicyFileException(path, "expected a JSON object, got " + node);
    }
    if (allowed != null) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!allowed.contains(key)) {
          throw new PolicyFileException(path.isEmpty() ? key : path + "." + key,
              "unknown key, expected one of " + String.join(", ", allowed.stream().sorted().toList()));
        }
      }
    }
  }
}
