package io.github.bpokit.benchmarks;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * Writes realistic interaction CSV files (SPEC §1.1) of any size, deterministically per seed, in constant memory.
 *
 * <p>What it models: a channel mix (voice 35%, chat 25%, email 20%, WhatsApp 8%, social 5%, in-app 7%); arrivals
 * following an intraday and weekday curve over {@code days} days, in created_at order; fifteen categories with a skewed
 * mix; languages per customer; priorities; an in-house team and two partners with their own agents (each agent a little
 * faster or slower, a little better or worse); tiers; log-normal waits, talk, hold and wrap per channel, waits longer at
 * peak hours and shorter for urgent contacts; abandoned calls and chats (no answer, wait = patience); bots on chat,
 * WhatsApp and in-app that contain about half their sessions and hand the rest to a person; email, social and in-app
 * threads that stay open past the end of the period; repeat customers (about a quarter of contacts follow a contact of
 * the same customer within 7 days, mostly on the same category and often the same ticket); surveys on about 15% of
 * contacts (CSAT skewed high and lower when unresolved, NPS and CES consistent with it); QA on about 3% of human contacts
 * with a client calibration score on a third of those; reopened tickets on some resolved contacts.
 *
 * <p>Every row is valid: ABANDONED is never answered, BOT_CONTAINED is never HUMAN, {@code created_at <= answered_at
 * <= ended_at}, ids are unique. Instants are whole seconds in UTC ({@code 2026-10-01T09:30:00Z}).
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar io.github.bpokit.benchmarks.InteractionCsvGenerator \
 *     --rows 2000000 --seed 42 --out /tmp/interactions.csv [--start 2026-10-01T00:00:00Z] [--days 30]
 * </pre>
 */
public final class InteractionCsvGenerator {
  /** The header: every SPEC §1.1 column, in specification order. */
  public static final String HEADER = "interaction_id,ticket_id,customer_id,channel,category,language,priority,"
      + "vendor,agent_id,tier,created_at,answered_at,ended_at,wait_seconds,talk_seconds,hold_seconds,wrap_seconds,"
      + "outcome,handled_by,csat,nps,ces,qa_partner,qa_client,reopened";

  /** The default start of the period. */
  public static final Instant DEFAULT_START = Instant.parse("2026-10-01T00:00:00Z");

  private static final long WEEK = 7 * 86_400L;
  private static final int RING = 1 << 17; // recent contacts remembered for repeats: constant memory

  // ---- the mix ----
  private static final Channel[] CHANNELS = Channel.values(); // VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP
  private static final double[] CHANNEL_MIX = cumulative(35, 20, 25, 5, 8, 7);
  private static final String[] CATEGORIES = {"order_status", "billing", "delivery_issue", "refund", "returns",
      "account_access", "product_question", "technical_issue", "payment_failed", "cancellation", "address_change",
      "promo_code", "complaint", "warranty", "feedback"};
  private static final double[] CATEGORY_MIX = cumulative(20, 14, 11, 9, 8, 7, 6, 6, 4.5, 4, 3, 2.5, 2, 1.5, 1.5);
  private static final String[] LANGUAGES = {"en", "es", "fr", "de", "pt-BR", "it", "en-GB"};
  private static final double[] LANGUAGE_MIX = cumulative(50, 15, 10, 8, 7, 5, 5);
  private static final Priority[] PRIORITIES = Priority.values(); // LOW, NORMAL, HIGH, URGENT
  private static final double[] PRIORITY_MIX = cumulative(15, 70, 12, 3);
  private static final double[] PRIORITY_WAIT = {1.4, 1.0, 0.7, 0.4};
  private static final String[] VENDORS = {"inhouse", "apexcare", "bluewave"};
  private static final String[] AGENT_PREFIX = {"ih-", "ap-", "bw-"};
  private static final int[] AGENTS = {80, 150, 90};
  private static final double[] VENDOR_MIX = cumulative(35, 40, 25);
  private static final double[] HUMAN_OUTCOMES = cumulative(74, 9, 6, 11); // RESOLVED, ESCALATED, TRANSFERRED, UNRESOLVED
  private static final double[] CSAT_HAPPY = cumulative(5, 5, 10, 28, 52);
  private static final double[] CSAT_UNHAPPY = cumulative(25, 18, 22, 20, 15);
  private static final int[] NPS_LOW = {0, 0, 2, 5, 7, 8}; // by csat: 5 -> 8..10, 1 -> 0..4
  private static final int[] NPS_SPAN = {0, 5, 5, 4, 3, 3};

  // ---- per channel, in Channel order: VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP ----
  private static final double[] ABANDON = {0.065, 0, 0.05, 0, 0.03, 0.02};
  private static final double[] BOT = {0, 0, 0.45, 0, 0.5, 0.6};
  private static final double[] WAIT_MEDIAN = {12, 3 * 3600, 30, 25 * 60, 120, 3600};
  private static final double[] WAIT_SIGMA = {1.1, 0.9, 0.9, 1.0, 1.1, 1.1};
  private static final double[] PATIENCE_MEDIAN = {55, 0, 80, 0, 300, 600};
  private static final double[] TALK_MEDIAN = {290, 240, 560, 300, 800, 320};
  private static final double[] TALK_SIGMA = {0.6, 0.7, 0.6, 0.7, 0.7, 0.7};
  private static final double[] HOLD_SHARE = {0.35, 0, 0.1, 0, 0.05, 0};
  private static final double[] HOLD_MEDIAN = {60, 0, 45, 0, 60, 0};
  private static final double[] WRAP_MEDIAN = {45, 25, 30, 25, 30, 25};
  private static final double[] FOLLOW_UP_SHARE = {0, 0.6, 0, 0.5, 0.5, 0.5}; // async threads run on
  private static final double[] FOLLOW_UP_MEDIAN = {0, 5 * 3600, 0, 2 * 3600, 3600, 3 * 3600};
  private static final double[] OPEN_SHARE = {0, 0.25, 0, 0.2, 0.1, 0.2}; // unresolved async threads left open
  private static final double[] SURVEY = {0.18, 0.12, 0.17, 0.08, 0.16, 0.14};

  // ---- arrivals: weight of each hour of the day and day of the week (Monday first) ----
  private static final double[] HOURS = {0.15, 0.1, 0.08, 0.07, 0.08, 0.15, 0.35, 0.7, 1.1, 1.4, 1.5, 1.45, 1.3,
      1.35, 1.4, 1.35, 1.2, 1.0, 0.85, 0.75, 0.65, 0.5, 0.35, 0.22};
  private static final double[] WEEKDAYS = {1.15, 1.1, 1.05, 1.0, 0.95, 0.6, 0.5};

  private final long seed;
  private final long startSecond;
  private final int days;

  /**
   * @param seed the seed: the same seed, start, days and row count give the same bytes
   * @param start the start of the period (created_at of the first rows), truncated to the second
   * @param days the length of the period in days
   */
  public InteractionCsvGenerator(long seed, Instant start, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1: " + days);
    }
    this.seed = seed;
    this.startSecond = start.getEpochSecond();
    this.days = days;
  }

  /**
   * Writes the header and {@code rows} interactions; flushes but does not close the writer.
   *
   * @return the number of rows written
   */
  public long write(long rows, Writer out) throws IOException {
    if (rows < 0) {
      throw new IllegalArgumentException("rows must not be negative: " + rows);
    }
    Run run = new Run(rows, out);
    run.text.str(HEADER).ch('\n');
    for (long k = 0; k < rows; k++) {
      run.row(k);
      run.text.flushIfFull();
    }
    run.text.flush();
    return rows;
  }

  /** The state of one {@link #write}. */
  private final class Run {
    final SplittableRandom random = new SplittableRandom(seed);
    final Text text;
    final long rows;
    final long endSecond = startSecond + days * 86_400L;
    // arrivals: cumulative hourly weight over the period
    final double[] hourWeight = new double[days * 24];
    final double[] hourStart = new double[days * 24 + 1];
    int hour;
    // customers: a pool sized so that ~8% of contacts meet an earlier contact within 7 days by chance
    final long customers;
    // recent contacts, for repeats (a ring of the last RING rows)
    final long[] recentCustomer = new long[RING];
    final long[] recentTicket = new long[RING];
    final long[] recentCreated = new long[RING];
    final byte[] recentCategory = new byte[RING];
    final byte[] recentChannel = new byte[RING];
    long windowStart; // the first row within 7 days of the current one
    long tickets;

    Run(long rows, Writer out) {
      this.rows = rows;
      this.text = new Text(out);
      int firstWeekday = (int) Math.floorMod(Math.floorDiv(startSecond, 86_400L) + 3, 7L); // 1970-01-01: Thursday
      for (int h = 0; h < hourWeight.length; h++) {
        hourWeight[h] = HOURS[h % 24] * WEEKDAYS[(firstWeekday + h / 24) % 7];
        hourStart[h + 1] = hourStart[h] + hourWeight[h];
      }
      double perWeek = rows * Math.min(7.0, days) / days;
      this.customers = Math.max(50, Math.round(perWeek / 0.08));
    }

    void row(long k) {
      SplittableRandom r = random;
      long created = arrival(k);
      while (windowStart < k && (k - windowStart > RING || recentCreated[slot(windowStart)] + WEEK < created)) {
        windowStart++;
      }
      // who, about what: a repeat of a recent contact, or anyone from the pool
      long customer;
      int category;
      int channel = pick(CHANNEL_MIX);
      long ticket;
      if (windowStart < k && r.nextDouble() < 0.19) {
        double u = r.nextDouble();
        long earlier = k - 1 - (long) ((k - windowStart) * u * u); // mostly recent
        int s = slot(earlier);
        customer = recentCustomer[s];
        if (r.nextDouble() < 0.55) {
          channel = recentChannel[s];
        }
        if (r.nextDouble() < 0.75) {
          category = recentCategory[s];
          ticket = r.nextDouble() < 0.5 ? recentTicket[s] : ++tickets;
        } else {
          category = pick(CATEGORY_MIX);
          ticket = ++tickets;
        }
      } else {
        customer = r.nextLong(customers);
        category = pick(CATEGORY_MIX);
        ticket = ++tickets;
      }
      int s = slot(k);
      recentCustomer[s] = customer;
      recentTicket[s] = ticket;
      recentCreated[s] = created;
      recentCategory[s] = (byte) category;
      recentChannel[s] = (byte) channel;

      long customerHash = mix(customer ^ seed);
      int language = index(LANGUAGE_MIX, unit(customerHash)); // a customer keeps a language
      int priority = pick(PRIORITY_MIX);
      int vendor = language == 1 || language == 4 ? (r.nextDouble() < 0.7 ? 2 : 1) : pick(VENDOR_MIX);
      int agent = r.nextInt(AGENTS[vendor]);
      long agentHash = mix(((long) vendor << 32 | agent) ^ ~seed);
      double agentSpeed = 0.8 + 0.4 * unit(agentHash);
      double agentQuality = -6 + 12 * unit(mix(agentHash));
      Tier tier = tier(category);
      double load = HOURS[(int) (Math.floorMod(created, 86_400L) / 3600)]; // busier hours, longer waits

      // what happened
      Outcome outcome;
      HandledBy handledBy = HandledBy.HUMAN;
      long answered = -1;
      long ended;
      long wait = 0;
      long talk = 0;
      long hold = 0;
      long wrap = 0;
      boolean human;
      if (r.nextDouble() < ABANDON[channel]) {
        outcome = Outcome.ABANDONED;
        wait = logNormal(PATIENCE_MEDIAN[channel], 0.8);
        ended = created + wait;
        human = false;
      } else {
        long botTime = 0;
        human = true;
        if (r.nextDouble() < BOT[channel]) {
          answered = created + 1 + r.nextInt(3);
          botTime = logNormal(90, 0.6);
          double u = r.nextDouble();
          if (u < 0.63) {
            human = false;
            handledBy = HandledBy.BOT;
            talk = botTime;
            outcome = u < 0.55 ? Outcome.BOT_CONTAINED : Outcome.UNRESOLVED;
          } else {
            handledBy = HandledBy.BOT_TO_HUMAN;
            outcome = Outcome.RESOLVED; // decided below
          }
        } else {
          outcome = Outcome.RESOLVED; // decided below
        }
        if (human) {
          wait = logNormal(WAIT_MEDIAN[channel] * PRIORITY_WAIT[priority] * (0.5 + load * 0.5), WAIT_SIGMA[channel]);
          talk = logNormal(TALK_MEDIAN[channel] * agentSpeed * (tier == Tier.L1 ? 1 : 1.4), TALK_SIGMA[channel]);
          hold = r.nextDouble() < HOLD_SHARE[channel] ? logNormal(HOLD_MEDIAN[channel], 0.8) : 0;
          wrap = logNormal(WRAP_MEDIAN[channel] * agentSpeed, 0.5);
          int o = pick(HUMAN_OUTCOMES);
          outcome = o == 0 ? Outcome.RESOLVED : o == 1 ? Outcome.ESCALATED : o == 2 ? Outcome.TRANSFERRED
              : Outcome.UNRESOLVED;
          if (answered < 0) {
            answered = created + wait;
          }
        }
        // a person starts after the bot's session and the queue; the contact ends when they are done
        long agentStart = handledBy == HandledBy.BOT_TO_HUMAN ? answered + botTime + wait : answered;
        ended = handledBy == HandledBy.BOT ? answered + botTime : agentStart + talk + hold;
        if (r.nextDouble() < FOLLOW_UP_SHARE[channel]) {
          ended += logNormal(FOLLOW_UP_MEDIAN[channel], 1.0);
        }
        boolean async = FOLLOW_UP_SHARE[channel] > 0;
        if (async && human && handledBy == HandledBy.HUMAN && answered > endSecond) {
          // an async thread not yet answered when the log was taken: open, unanswered
          outcome = Outcome.UNRESOLVED;
          answered = -1;
          ended = -1;
          human = false;
          wait = 0;
          talk = 0;
          hold = 0;
          wrap = 0;
        } else if (human && outcome != Outcome.RESOLVED && r.nextDouble() < OPEN_SHARE[channel]) {
          ended = -1; // still open
        }
      }

      // the row
      Text t = text;
      t.ch('i').num(k + 1).ch(',');
      t.ch('t').num(ticket).ch(',');
      t.ch('c').num(customer).ch(',');
      t.str(CHANNELS[channel].name()).ch(',');
      t.str(CATEGORIES[category]).ch(',');
      t.str(LANGUAGES[language]).ch(',');
      t.str(PRIORITIES[priority].name()).ch(',');
      t.str(VENDORS[handledBy == HandledBy.BOT ? 0 : vendor]).ch(','); // the bot is the client's own
      if (human) {
        t.str(AGENT_PREFIX[vendor]).num(1000 + agent);
      }
      t.ch(',');
      t.str(tier.name()).ch(',');
      t.instant(created).ch(',');
      if (answered >= 0) {
        t.instant(answered);
      }
      t.ch(',');
      if (ended >= 0) {
        t.instant(ended);
      }
      t.ch(',');
      t.num(wait).ch(',').num(talk).ch(',').num(hold).ch(',').num(wrap).ch(',');
      t.str(outcome.name()).ch(',');
      t.str(handledBy.name()).ch(',');
      // survey
      if (outcome != Outcome.ABANDONED && answered >= 0 && r.nextDouble() < SURVEY[channel]) {
        boolean happy = outcome == Outcome.RESOLVED || outcome == Outcome.BOT_CONTAINED;
        int csat = 1 + pick(happy ? CSAT_HAPPY : CSAT_UNHAPPY);
        if (csat > 1 && wait > 3 * WAIT_MEDIAN[channel] && r.nextDouble() < 0.3) {
          csat--;
        }
        t.num(csat).ch(',');
        if (r.nextDouble() < 0.7) {
          t.num(NPS_LOW[csat] + r.nextInt(NPS_SPAN[csat]));
        }
        t.ch(',');
        if (r.nextDouble() < 0.5) {
          t.num(Math.max(1, Math.min(7, csat + 1 + r.nextInt(3) - 1)));
        }
        t.ch(',');
      } else {
        t.ch(',').ch(',').ch(',');
      }
      // QA on a sample of human contacts, client calibration on a third of those
      if (human && r.nextDouble() < 0.03) {
        int partner = tenths(83 + agentQuality + 7 * r.nextGaussian());
        t.dec1(partner);
        t.ch(',');
        if (r.nextDouble() < 0.35) {
          t.dec1(tenths(partner / 10.0 - 1.5 + 4.5 * r.nextGaussian()));
        }
        t.ch(',');
      } else {
        t.ch(',').ch(',');
      }
      if (outcome == Outcome.RESOLVED) {
        double u = r.nextDouble();
        if (u < 0.072) {
          t.num(u < 0.012 ? 2 : 1);
        }
      }
      t.ch('\n');
    }

    /** The k-th arrival: the (k + u)/rows quantile of the period's intensity, so rows come in created_at order. */
    private long arrival(long k) {
      double target = (k + random.nextDouble()) / rows * hourStart[hourWeight.length];
      while (hour < hourWeight.length - 1 && hourStart[hour + 1] <= target) {
        hour++;
      }
      double within = Math.min(3599, Math.max(0, (target - hourStart[hour]) / hourWeight[hour] * 3600));
      return startSecond + hour * 3600L + (long) within;
    }

    private Tier tier(int category) {
      double u = random.nextDouble();
      double l2 = category == 5 || category == 7 ? 0.3 : 0.12; // account_access, technical_issue
      return u < l2 ? Tier.L2 : u < l2 + 0.04 ? Tier.L3 : Tier.L1;
    }

    private int pick(double[] cumulative) {
      return index(cumulative, random.nextDouble());
    }

    private long logNormal(double median, double sigma) {
      return Math.round(median * Math.exp(sigma * random.nextGaussian()));
    }
  }

  private static int slot(long row) {
    return (int) (row & (RING - 1));
  }

  private static int tenths(double score) {
    return (int) Math.round(Math.max(0, Math.min(100, score)) * 10);
  }

  private static int index(double[] cumulative, double u) {
    int i = 0;
    while (i < cumulative.length - 1 && u >= cumulative[i]) {
      i++;
    }
    return i;
  }

  private static double[] cumulative(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] cumulative = new double[weights.length];
    double sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i];
      cumulative[i] = sum / total;
    }
    return cumulative;
  }

  /** A 64-bit mix (SplitMix64's finalizer), for stable per-customer and per-agent traits. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  private static double unit(long hash) {
    return (hash >>> 11) * 0x1.0p-53;
  }

  /** A character buffer with the few formatters the rows need, flushed to the writer in large blocks. */
  private static final class Text {
    private final Writer out;
    private final char[] buffer = new char[1 << 16];
    private int length;
    private long dateDay = Long.MIN_VALUE;
    private final char[] date = new char[11]; // yyyy-MM-ddT of dateDay

    Text(Writer out) {
      this.out = out;
    }

    Text ch(char c) {
      buffer[length++] = c;
      return this;
    }

    Text str(String s) {
      s.getChars(0, s.length(), buffer, length);
      length += s.length();
      return this;
    }

    Text num(long n) {
      if (n < 0) {
        ch('-');
        n = -n;
      }
      int digits = 1;
      for (long p = 10; p <= n && digits < 19; p *= 10) {
        digits++;
      }
      for (int i = length + digits - 1; i >= length; i--) {
        buffer[i] = (char) ('0' + n % 10);
        n /= 10;
      }
      length += digits;
      return this;
    }

    /** A score in tenths as a decimal with one fraction digit, e.g. 835 -> 83.5. */
    Text dec1(int tenths) {
      return num(tenths / 10).ch('.').ch((char) ('0' + tenths % 10));
    }

    /** An instant as yyyy-MM-ddTHH:mm:ssZ. */
    Text instant(long epochSecond) {
      long day = Math.floorDiv(epochSecond, 86_400L);
      int second = (int) Math.floorMod(epochSecond, 86_400L);
      if (day != dateDay) {
        dateDay = day;
        Instant.ofEpochSecond(day * 86_400L).toString().getChars(0, 10, date, 0);
        date[10] = 'T';
      }
      System.arraycopy(date, 0, buffer, length, 11);
      length += 11;
      two(second / 3600).ch(':');
      two(second / 60 % 60).ch(':');
      return two(second % 60).ch('Z');
    }

    private Text two(int n) {
      buffer[length++] = (char) ('0' + n / 10);
      buffer[length++] = (char) ('0' + n % 10);
      return this;
    }

    void flushIfFull() throws IOException {
      if (length > buffer.length - 1024) {
        out.write(buffer, 0, length);
        length = 0;
      }
    }

    void flush() throws IOException {
      out.write(buffer, 0, length);
      length = 0;
      out.flush();
    }
  }

  /**
   * {@code --rows N --seed S --out FILE [--start 2026-10-01T00:00:00Z] [--days 30]}; prints the time taken to
   * standard error.
   */
  public static void main(String[] args) throws IOException {
    long rows = -1;
    long seed = 42;
    Path file = null;
    Instant start = DEFAULT_START;
    int days = 30;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        usage("missing value for " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--rows":
          rows = Long.parseLong(value.replace("_", ""));
          break;
        case "--seed":
          seed = Long.parseLong(value);
          break;
        case "--out":
          file = Path.of(value);
          break;
        case "--start":
          start = Instant.parse(value);
          break;
        case "--days":
          days = Integer.parseInt(value);
          break;
        default:
          usage("unknown option " + option);
      }
    }
    if (rows < 0 || file == null) {
      usage("--rows and --out are required");
    }
    long began = System.nanoTime();
    try (Writer out = new OutputStreamWriter(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16),
        StandardCharsets.UTF_8)) {
      new InteractionCsvGenerator(seed, start, days).write(rows, out);
    }
    System.err.printf("wrote %,d rows to %s in %.2f s%n", rows, file, (System.nanoTime() - began) / 1e9);
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: InteractionCsvGenerator --rows N --seed S --out FILE [--start INSTANT] [--days D]");
    System.exit(2);
  }
}
