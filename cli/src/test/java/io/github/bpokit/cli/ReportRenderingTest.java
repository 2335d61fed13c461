package io.github.bpokit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bpokit.cli.MainTest.Run;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample's {@code bpokit report} in headless Chromium and checks the rendered page: the layout (tiles in
 * rows of four, charts with a size, no horizontal overflow), the figures as the browser shows them, and that loading
 * the page makes no network request. Chromium is the Debian package {@code chromium}; without it the test is skipped,
 * unless {@code BPOKIT_REQUIRE_CHROMIUM=1} (as {@code .ci/run} sets it), when it fails.
 *
 * <p>The layout is measured by a copy of the page with a script appended (the report itself has none) that writes its
 * measurements into the DOM, which {@code --dump-dom} prints. Network requests are caught by sending every request,
 * loopback included, through a proxy the test listens on; a page with one external image shows that the proxy sees
 * it. Chromium's own background services (component updates, sign-in, network time) are told apart by their
 * addresses.
 */
class ReportRenderingTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CHECK = Pattern.compile("data-check=\"([^\"]*)\"");

  /** Measures the rendered page; runs when parsed, after everything above it (getBoundingClientRect forces layout). */
  private static final String PROBE = String.join("\n",
      "<script>",
      "(() => {",
      "  const box = e => e.getBoundingClientRect();",
      "  const tiles = [...document.querySelectorAll('#kpis .tile')];",
      "  const text = s => document.querySelector(s).innerText.trim();",
      "  const r = {",
      "    tiles: tiles.length,",
      "    tileRows: new Set(tiles.map(t => Math.round(box(t).top))).size,",
      "    tileMinWidth: Math.min(...tiles.map(t => box(t).width)),",
      "    csat: text('.tile[data-kpi=csat] .value'),",
      "    csatCi: text('.tile[data-kpi=csat] .ci'),",
      "    contacts: text('.tile[data-kpi=contacts] .value'),",
      "    channels: [...document.querySelectorAll('#channels tbody tr')].map(tr => tr.cells[0].innerText.trim()),",
      "    voiceAbandonment: document.querySelector('#channels tbody tr').cells[2].innerText.split('\\n')[0].trim(),",
      "    vendors: document.querySelectorAll('#vendors tbody tr').length,",
      "    charts: [...document.querySelectorAll('#trends svg')].map(s => [Math.round(box(s).width),",
      "      Math.round(box(s).height)]),",
      "    points: document.querySelectorAll('#trends circle.point').length,",
      "    bars: document.querySelectorAll('#trends rect.bar').length,",
      "    landed: [...document.querySelectorAll('tr.landed')].map(tr => tr.closest('.term').dataset.term + ' '",
      "      + tr.cells[0].innerText.trim()),",
      "    total: text('#invoice tr.total td:last-child'),",
      "    overflow: document.documentElement.scrollWidth > window.innerWidth,",
      "    tablesOverflowing: [...document.querySelectorAll('table')].filter(t => box(t).right",
      "      > box(t.closest('section')).right).length,",
      "    badge: getComputedStyle(document.querySelector('.badge.PENALTY')).backgroundColor",
      "  };",
      "  document.body.setAttribute('data-check', JSON.stringify(r));",
      "})();",
      "</script>");

  private static Optional<Path> chromium;

  @BeforeAll
  static void findChromium() {
    chromium = Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/snap/bin/chromium")
        .map(Path::of).filter(Files::isExecutable).findFirst();
    if (chromium.isEmpty() && "1".equals(System.getenv("BPOKIT_REQUIRE_CHROMIUM"))) {
      fail("BPOKIT_REQUIRE_CHROMIUM=1 but there is no Chromium (apt-get install chromium)");
    }
    assumeTrue(chromium.isPresent(), "Chromium is not installed: the rendering test is skipped");
  }

  @Test
  void theRenderedReportShowsTheSampleMonth(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.html");
    Run run = MainTest.run("report", "--input", ReportCommandTest.INPUT.toString(), "--contract",
        ReportCommandTest.CONTRACT.toString(), "--period", "2026-10", "--out", report.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String html = Files.readString(report);
    Path probed = dir.resolve("probed.html");
    Files.writeString(probed, html.replace("</body>", PROBE + "</body>"));

    try (Proxy proxy = new Proxy()) {
      String dom = chromium(dir, proxy, "--dump-dom", probed.toUri().toString());
      Matcher m = CHECK.matcher(dom);
      assertThat(m.find()).as("the probe ran: " + dom.substring(0, Math.min(300, dom.length()))).isTrue();
      JsonNode r = JSON.readTree(m.group(1).replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
          .replace("&amp;", "&"));
      assertThat(r.get("tiles").asInt()).isEqualTo(12);
      assertThat(r.get("tileRows").asInt()).isEqualTo(3); // four tiles a row at 1280 px
      assertThat(r.get("tileMinWidth").asDouble()).isGreaterThan(200);
      assertThat(r.get("contacts").asText()).isEqualTo("50");
      assertThat(r.get("csat").asText()).isEqualTo("73.9%"); // 17 of 23 answers are 4 or 5
      assertThat(r.get("csatCi").asText()).isEqualTo("95% CI 53.5% \u2013 87.5%");
      assertThat(r.get("channels")).extracting(JsonNode::asText)
          .containsExactly("VOICE", "EMAIL", "CHAT", "SOCIAL", "WHATSAPP", "IN_APP");
      assertThat(r.get("voiceAbandonment").asText()).isEqualTo("9.1%"); // 1 of 11 calls
      assertThat(r.get("vendors").asInt()).isEqualTo(3);
      assertThat(r.get("charts")).hasSize(5);
      for (JsonNode chart : r.get("charts")) {
        assertThat(chart.get(0).asInt()).isGreaterThan(400);
        assertThat(chart.get(1).asInt()).isGreaterThan(100);
      }
      // CSAT, AHT and first-response SLA have a value in W40 and W41; FCR none (no window closed by 7 October)
      assertThat(r.get("points").asInt()).isEqualTo(6);
      assertThat(r.get("bars").asInt()).isEqualTo(31);
      assertThat(r.get("landed")).extracting(JsonNode::asText)
          .containsExactly("csat < 75.0%", "sla-voice < 80.0%", "sla-chat < 80.0%");
      assertThat(r.get("total").asText()).isEqualTo("EUR 220.00");
      assertThat(r.get("overflow").asBoolean()).isFalse();
      assertThat(r.get("tablesOverflowing").asInt()).isZero();
      assertThat(r.get("badge").asText()).isEqualTo("rgb(179, 38, 30)");

      Path png = dir.resolve("report.png");
      chromium(dir, proxy, "--window-size=1280,4000", "--screenshot=" + png, report.toUri().toString());
      byte[] image = Files.readAllBytes(png);
      assertThat(image).hasSizeGreaterThan(50_000).startsWith(0x89, 'P', 'N', 'G');
      Files.copy(png, Path.of("target", "report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);
      assertThat(pageRequests(proxy)).as("network requests of the report").isEmpty();

      // The control: an external image does go through the proxy.
      Path external = dir.resolve("external.html");
      Files.writeString(external, "<!DOCTYPE html><html><body><img src=\"http://bpokit.invalid/x.png\"></body></html>");
      chromium(dir, proxy, "--dump-dom", external.toUri().toString());
      assertThat(pageRequests(proxy)).anyMatch(line -> line.contains("bpokit.invalid"));
    }
  }

  /**
   * Chromium's own services, which it may call however it is started (the longer it runs, the likelier): the component
   * updater, the sign-in service and the network time service. A page's request is anything else.
   */
  private static final Pattern BROWSER_SERVICES = Pattern.compile(
      "(CONNECT (update\\.googleapis\\.com|accounts\\.google\\.com):443 .*"
          + "|(GET|POST) http://(update\\.googleapis\\.com/service/update2/|clients2\\.google\\.com/time/).*)");

  private static List<String> pageRequests(Proxy proxy) {
    return proxy.requests().stream().filter(line -> !BROWSER_SERVICES.matcher(line).matches()).toList();
  }

  /** Runs headless Chromium with a fresh profile, every request through the proxy; returns its standard output. */
  private static String chromium(Path dir, Proxy proxy, String... args) throws Exception {
    Path profile = Files.createTempDirectory(dir, "profile");
    List<String> command = new ArrayList<>(List.of(chromium.orElseThrow().toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps",
        "--no-pings", "--disable-domain-reliability", "--disable-client-side-phishing-detection",
        "--disable-features=OptimizationHints,Translate,MediaRouter,AutofillServerCommunication,"
            + "CertificateTransparencyComponentUpdater,NetworkTimeServiceQuerying",
        "--metrics-recording-only", "--no-default-browser-check", "--hide-scrollbars", "--window-size=1280,900",
        "--user-data-dir=" + profile, "--proxy-server=http://127.0.0.1:" + proxy.port(),
        "--proxy-bypass-list=<-loopback>"));
    command.addAll(List.of(args));
    Path out = dir.resolve("chromium.out");
    Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
        .redirectError(dir.resolve("chromium.err").toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      fail("Chromium did not finish within 120 s: " + command);
    }
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /**
   * A proxy that answers nothing: it records the request line of every connection and closes it. A connection closed
   * before it sent one asked nothing (Chromium may open one to its proxy ahead of any request, a preconnect, and close
   * it unused) and is not recorded.
   */
  private static final class Proxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Thread thread;

    Proxy() throws IOException {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      thread = new Thread(() -> {
        while (!server.isClosed()) {
          try (Socket s = server.accept()) {
            s.setSoTimeout(5_000);
            String line = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
            if (line != null) {
              requests.add(line);
            }
          } catch (IOException e) {
            // closed, or a client that went away
          }
        }
      }, "report-test-proxy");
      thread.setDaemon(true);
      thread.start();
    }

    int port() {
      return server.getLocalPort();
    }

    List<String> requests() {
      synchronized (requests) {
        return List.copyOf(requests);
      }
    }

    @Override
    public void close() throws Exception {
      server.close();
      thread.join(5_000);
    }
  }
}
