package io.github.bpokit.cli.demo;

import io.github.bpokit.core.model.Channel;
import io.github.bpokit.core.model.HandledBy;
import io.github.bpokit.core.model.Interaction;
import io.github.bpokit.core.model.Outcome;
import io.github.bpokit.core.model.Priority;
import io.github.bpokit.core.model.Tier;
import io.github.bpokit.core.time.BusinessCalendar;
import io.github.bpokit.pricing.staffing.ErlangC;
import io.github.bpokit.pricing.staffing.QueueMetrics;
import io.github.bpokit.pricing.staffing.ServiceTarget;
import io.github.bpokit.sla.Ticket;
import io.github.bpokit.sla.TicketStatus;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Simulates the demo month, contact by contact in time order, from one {@link SplittableRandom}: the same month and
 * seed give the same contacts. {@link DemoMonth} documents what it models.
 */
final class MonthSimulator {
  /** The business time zone of the program. */
  static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  /** The agents' working hours: live channels are open, and asynchronous contacts are answered, only then. */
  static final BusinessCalendar WORKING_HOURS = BusinessCalendar.parse("tz=Europe/Berlin; Mon-Sat 08:00-20:00");

  /** The voice queue threshold of the service level the vendors schedule for (SPEC §4's VOICE target). */
  private static final Duration VOICE_THRESHOLD = Duration.ofSeconds(20);
  /** The offered traffic of each vendor's (shared, multi-client) voice queue at an average open hour, erlangs. */
  private static final double VOICE_TRAFFIC = 12;
  private static final Duration VOICE_AHT = Duration.ofSeconds(330);
  private static final double VOICE_PATIENCE = 300;
  private static final double CHAT_PATIENCE = 600;
  private static final int CUSTOMERS = 3500;
  /** How long a ticket stays pending on the customer before the helpdesk solves it. */
  private static final Duration AUTO_SOLVE = Duration.ofDays(3);

  // ---- the mix: contacts per weekday per channel (in Channel order), days of the week, hours of the day ----
  private static final Channel[] CHANNELS = Channel.values(); // VOICE, EMAIL, CHAT, SOCIAL, WHATSAPP, IN_APP
  private static final double[] PER_DAY = {48, 34, 38, 7, 14, 16};
  private static final double[] WEEKDAY = {1.2, 1.1, 1.05, 1.0, 0.95, 0.6, 0.35}; // Monday first
  /** Live channels (voice, chat): the open hours 08:00-20:00. */
  private static final double[] LIVE_HOURS = {0, 0, 0, 0, 0, 0, 0, 0, 0.7, 1.0, 1.25, 1.3, 1.15, 1.05, 1.1, 1.15,
      1.05, 0.9, 0.75, 0.6, 0, 0, 0, 0};
  /** Asynchronous channels: any hour, most in the day, an evening peak on the phone-free channels. */
  private static final double[] ASYNC_HOURS = {0.15, 0.08, 0.05, 0.04, 0.05, 0.12, 0.3, 0.6, 0.95, 1.15, 1.2, 1.2,
      1.1, 1.1, 1.15, 1.1, 1.05, 1.0, 0.95, 1.0, 1.05, 0.9, 0.6, 0.3};

  static final String[] CATEGORIES = {"order_status", "billing", "returns", "delivery_issue", "technical", "account",
      "refund", "product_question", "cancellation", "complaint"};
  private static final double[] CATEGORY_MIX = cumulative(22, 16, 12, 10, 10, 9, 8, 7, 4, 2);
  static final String[] LANGUAGES = {"en", "de", "fr", "es"};
  private static final double[] LANGUAGE_MIX = cumulative(50, 25, 13, 12);
  private static final Priority[] PRIORITIES = Priority.values(); // LOW, NORMAL, HIGH, URGENT
  private static final double[] PRIORITY_MIX = cumulative(12, 72, 13, 3);
  private static final double[] PRIORITY_SPEED = {1.4, 1.0, 0.6, 0.3};

  // ---- per channel, in Channel order ----
  private static final double[] BOT = {0, 0, 0.4, 0, 0, 0.6};
  private static final double[] ASYNC_RESPONSE = {0, 1.0, 0, 0.35, 0.04, 0.25}; // times the vendor's hours
  private static final double[] TALK = {270, 330, 480, 200, 420, 300};
  private static final double[] WRAP = {40, 30, 30, 25, 30, 25};
  private static final double[] PENDING_ROUND = {0, 0.4, 0, 0.2, 0.3, 0.25}; // async: a question to the customer

  private final SplittableRandom random;
  private final Instant start;
  private final Instant end;
  private final int[] customerLanguage = new int[CUSTOMERS];
  private final Map<Vendor, double[]> agentSpeed = new EnumMap<>(Vendor.class);
  private final Map<Vendor, double[]> agentQuality = new EnumMap<>(Vendor.class);
  private final Map<String, double[]> voiceQueues = new HashMap<>();
  private final PriorityQueue<Arrival> arrivals =
      new PriorityQueue<>(Comparator.comparing(Arrival::at).thenComparingLong(Arrival::sequence));
  private final List<Interaction> interactions = new ArrayList<>();
  private final List<Ticket> tickets = new ArrayList<>();
  private long sequence;
  private int ticketNumber;

  /** A contact about to happen: who, about what, on which channel. */
  private record Arrival(Instant at, long sequence, Channel channel, int customer, int category) {}

  /** What the simulation made. */
  record Result(List<Interaction> interactions, List<Ticket> tickets) {}

  private MonthSimulator(YearMonth month, long seed) {
    this.random = new SplittableRandom(seed);
    this.start = month.atDay(1).atStartOfDay(ZONE).toInstant();
    this.end = month.plusMonths(1).atDay(1).atStartOfDay(ZONE).toInstant();
    for (int c = 0; c < CUSTOMERS; c++) {
      customerLanguage[c] = pick(LANGUAGE_MIX);
    }
    for (Vendor v : Vendor.values()) {
      double[] speed = new double[v.agents];
      double[] quality = new double[v.agents];
      for (int a = 0; a < v.agents; a++) {
        speed[a] = 0.82 + 0.36 * random.nextDouble();
        quality[a] = -5 + 10 * random.nextDouble();
      }
      agentSpeed.put(v, speed);
      agentQuality.put(v, quality);
    }
  }

  /** The month's contacts and tickets; nothing after the month's end (the extraction instant) is known. */
  static Result simulate(YearMonth month, long seed) {
    MonthSimulator s = new MonthSimulator(month, seed);
    s.scheduleArrivals(month);
    while (!s.arrivals.isEmpty()) {
      s.contact(s.arrivals.poll());
    }
    return new Result(List.copyOf(s.interactions), List.copyOf(s.tickets));
  }

  /** Poisson arrivals per channel and hour of each day, by the weekday and intraday curves. */
  private void scheduleArrivals(YearMonth month) {
    for (int day = 1; day <= month.lengthOfMonth(); day++) {
      LocalDate date = month.atDay(day);
      int weekday = date.getDayOfWeek().getValue() - 1;
      for (int hour = 0; hour < 24; hour++) {
        Instant from = date.atTime(LocalTime.of(hour, 0)).atZone(ZONE).toInstant();
        for (int c = 0; c < CHANNELS.length; c++) {
          boolean live = live(CHANNELS[c]);
          double[] hours = live ? LIVE_HOURS : ASYNC_HOURS;
          if (live && date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            continue;
          }
          double mean = PER_DAY[c] * WEEKDAY[weekday] * hours[hour] / sum(hours);
          for (int n = poisson(mean); n > 0; n--) {
            Instant at = from.plusSeconds(random.nextInt(3600));
            schedule(at, CHANNELS[c], random.nextInt(CUSTOMERS), pick(CATEGORY_MIX));
          }
        }
      }
    }
  }

  private void schedule(Instant at, Channel channel, int customer, int category) {
    Instant when = at;
    if (live(channel) && !WORKING_HOURS.isOpen(when)) {
      when = WORKING_HOURS.nextOpening(when).orElseThrow().plusSeconds(random.nextInt(5400));
    }
    if (when.isBefore(end)) {
      arrivals.add(new Arrival(when, sequence++, channel, customer, category));
    }
  }

  /** One contact: routing, queue, handling, outcome, survey, QA, its ticket, and perhaps a repeat contact. */
  private void contact(Arrival a) {
    Channel channel = a.channel();
    int language = customerLanguage[a.customer()];
    Vendor vendor = route(channel, language);
    int priority = pick(PRIORITY_MIX);
    if (CATEGORIES[a.category()].equals("complaint") && priority == 1) {
      priority = 2;
    }
    int agent = random.nextInt(vendor.agents);
    double speed = agentSpeed.get(vendor)[agent];
    Tier tier = tier(a.category());
    Instant created = a.at();
    Contact c = new Contact();
    c.vendor = vendor;
    if (random.nextDouble() < BOT[channel.ordinal()]) {
      bot(c, created);
    }
    if (c.handledBy != HandledBy.BOT) {
      Instant queued = c.answered == null ? created : c.answered.plusSeconds(c.botSeconds);
      switch (channel) {
        case VOICE -> voice(c, vendor, created);
        case CHAT -> chat(c, vendor, queued);
        default -> async(c, vendor, channel, queued, priority);
      }
      if (c.humanStart != null) {
        double factor = speed * (tier == Tier.L1 ? 1 : 1.3);
        c.talk = logNormal(TALK[channel.ordinal()] * factor, 0.5);
        c.hold = channel == Channel.VOICE && random.nextDouble() < 0.3 ? logNormal(50, 0.7) : 0;
        c.wrap = logNormal(WRAP[channel.ordinal()] * speed, 0.4);
        c.outcome = humanOutcome(vendor, tier);
        thread(c, channel, created);
      }
    }
    if (c.ended != null && !c.ended.isBefore(end)) {
      c.ended = null; // still open when the month was extracted
      if (c.outcome == Outcome.RESOLVED) {
        c.outcome = Outcome.UNRESOLVED;
      }
    }
    boolean human = c.humanStart != null;
    Interaction.Builder row = Interaction.builder()
        .interactionId(String.format("i-%05d", interactions.size() + 1))
        .customerId(String.format("c-%05d", 10001 + a.customer()))
        .channel(channel)
        .category(CATEGORIES[a.category()])
        .language(LANGUAGES[language])
        .priority(PRIORITIES[priority])
        .vendor(c.handledBy == HandledBy.BOT ? Vendor.INHOUSE.id : vendor.id) // the bot is the client's own
        .tier(tier)
        .createdAt(created)
        .waitSeconds(c.wait)
        .talkSeconds(human ? c.talk : c.botSeconds)
        .holdSeconds(c.hold)
        .wrapSeconds(human ? c.wrap : 0)
        .outcome(c.outcome)
        .handledBy(c.handledBy);
    if (human) {
      row.agentId(String.format("%s%03d", vendor.agentPrefix, 101 + agent));
    }
    if (c.answered != null) {
      row.answeredAt(c.answered);
    }
    if (c.ended != null) {
      row.endedAt(c.ended);
    }
    if (c.outcome == Outcome.RESOLVED && c.ticket != null) {
      reopen(c);
    }
    row.reopened(c.reopened);
    if (c.ticket != null) {
      String id = String.format("T-%05d", ++ticketNumber);
      row.ticketId(id);
      tickets.add(c.ticket.build(id, channel, PRIORITIES[priority], CATEGORIES[a.category()], vendor.id));
    }
    survey(row, c, vendor, channel);
    if (human && c.ended != null && random.nextDouble() < 0.08) {
      double partner = clamp(vendor.qaMean + agentQuality.get(vendor)[agent] + 6 * random.nextGaussian());
      row.qaPartner(halves(partner));
      if (random.nextDouble() < 0.35) {
        row.qaClient(halves(clamp(partner - vendor.qaBias + 3 * random.nextGaussian())));
      }
    }
    interactions.add(row.build());
    repeat(a, c);
  }

  /** The mutable state of one contact while it is simulated. */
  private static final class Contact {
    Vendor vendor = Vendor.INHOUSE;
    HandledBy handledBy = HandledBy.HUMAN;
    Outcome outcome = Outcome.UNRESOLVED;
    @Nullable Instant answered;
    @Nullable Instant humanStart;
    @Nullable Instant ended;
    long wait;
    long botSeconds;
    long talk;
    long hold;
    long wrap;
    int reopened;
    @Nullable Timeline ticket;
  }

  /** A bot session first: it answers at once and contains about half, hands a third to a person. */
  private void bot(Contact c, Instant created) {
    c.answered = created.plusSeconds(1 + random.nextInt(2));
    c.botSeconds = logNormal(95, 0.5);
    double u = random.nextDouble();
    if (u < 0.63) {
      c.handledBy = HandledBy.BOT;
      c.outcome = u < 0.55 ? Outcome.BOT_CONTAINED : Outcome.UNRESOLVED;
      c.ended = c.answered.plusSeconds(c.botSeconds);
    } else {
      c.handledBy = HandledBy.BOT_TO_HUMAN;
    }
  }

  /**
   * A call in the vendor's voice queue: the Erlang C waiting-time distribution of the queue at that hour
   * (P(wait > t) = P_w·e^(−(N−A)t/AHT)), the agents N scheduled for the forecast traffic and the vendor's service
   * level target, the traffic A off the forecast by the day's and the hour's noise; callers whose patience
   * (exponential) runs out first abandon.
   */
  private void voice(Contact c, Vendor vendor, Instant created) {
    double[] queue = voiceQueue(vendor, created);
    long wait = random.nextDouble() < queue[0] ? exponential(queue[1]) : 0;
    long patience = exponential(VOICE_PATIENCE);
    if (patience < wait) {
      abandon(c, created, patience);
      return;
    }
    c.wait = wait;
    c.answered = created.plusSeconds(wait);
    c.humanStart = c.answered;
  }

  /** {P(wait), mean wait of those who wait} of the vendor's voice queue in the hour of {@code at}. */
  private double[] voiceQueue(Vendor vendor, Instant at) {
    var local = at.atZone(ZONE);
    String key = vendor + " " + local.toLocalDate() + " " + local.getHour();
    return voiceQueues.computeIfAbsent(key, k -> {
      double forecast = VOICE_TRAFFIC * LIVE_HOURS[local.getHour()]
          * WEEKDAY[local.getDayOfWeek().getValue() - 1] / WEEKDAY[3];
      int agents = ErlangC.ofTraffic(forecast, VOICE_AHT)
          .minimumAgents(ServiceTarget.of(vendor.voiceTarget, VOICE_THRESHOLD)).agents();
      double traffic = Math.min(agents * 0.97, forecast * StrictMath.exp(0.12 * random.nextGaussian()));
      QueueMetrics m = ErlangC.ofTraffic(traffic, VOICE_AHT).evaluate(agents, VOICE_THRESHOLD);
      return new double[] {m.probabilityOfWaiting(), VOICE_AHT.getSeconds() / (agents - traffic)};
    });
  }

  /** A chat waiting for a person (after the bot, or directly); a direct chat may be abandoned. */
  private void chat(Contact c, Vendor vendor, Instant queued) {
    double load = LIVE_HOURS[queued.atZone(ZONE).getHour()];
    long wait = logNormal(vendor.chatWaitMedian * (0.6 + 0.4 * Math.max(load, 0.6)), 0.8);
    if (c.handledBy == HandledBy.HUMAN) {
      long patience = exponential(CHAT_PATIENCE);
      if (patience < wait) {
        abandon(c, queued, patience);
        return;
      }
      c.answered = queued.plusSeconds(wait);
    }
    c.wait = wait;
    c.humanStart = queued.plusSeconds(wait);
  }

  /** A message answered in the agents' working hours, after a business-time delay by vendor, channel, priority. */
  private void async(Contact c, Vendor vendor, Channel channel, Instant queued, int priority) {
    double hours = vendor.asyncResponseHours * ASYNC_RESPONSE[channel.ordinal()] * PRIORITY_SPEED[priority];
    Instant reply = WORKING_HOURS.plusBusinessTime(queued, Duration.ofSeconds(logNormal(hours * 3600, 0.9)));
    c.ticket = channel == Channel.EMAIL ? new Timeline(queued, end) : null;
    if (!reply.isBefore(end)) {
      return; // not answered yet when the month was extracted: open, unanswered
    }
    if (c.answered == null) {
      c.answered = reply;
    }
    c.humanStart = reply;
  }

  private void abandon(Contact c, Instant queued, long patience) {
    c.outcome = Outcome.ABANDONED;
    c.wait = patience;
    c.ended = queued.plusSeconds(patience);
  }

  /** How the contact ends, and its ticket's timeline (email and chat) consistent with it. */
  private void thread(Contact c, Channel channel, Instant created) {
    Instant firstReply = c.humanStart;
    Instant done = firstReply.plusSeconds(c.talk + c.hold);
    if (channel == Channel.CHAT) {
      Timeline t = new Timeline(created, end);
      t.reply(firstReply).status(firstReply, TicketStatus.OPEN);
      long span = c.talk;
      int exchanges = 1 + random.nextInt(3);
      for (int k = 1; k <= exchanges; k++) {
        Instant message = firstReply.plusSeconds(span * k / (exchanges + 1));
        Instant answer = message.plusSeconds(Math.min(logNormal(c.vendor == Vendor.ACME ? 70 : 35, 0.9),
            span / (exchanges + 1)));
        t.message(message).reply(answer);
      }
      c.ticket = t;
      c.ended = done;
      close(t, c, done);
      return;
    }
    if (channel == Channel.VOICE) {
      c.ended = done;
      return;
    }
    // asynchronous: a first reply; perhaps a question to the customer and a second reply
    Timeline t = c.ticket;
    if (t != null) {
      t.reply(firstReply);
    }
    if (c.outcome == Outcome.RESOLVED && random.nextDouble() < PENDING_ROUND[channel.ordinal()]) {
      Instant answer = done.plusSeconds(logNormal(5 * 3600, 1.0));
      Instant second = WORKING_HOURS.plusBusinessTime(answer,
          Duration.ofSeconds(logNormal(c.vendor.asyncResponseHours * 0.8 * 3600, 0.8)));
      if (t != null) {
        t.status(firstReply, TicketStatus.PENDING);
        if (answer.isBefore(end)) {
          t.message(answer).status(answer, TicketStatus.OPEN);
          if (second.isBefore(end)) {
            t.reply(second);
          }
        }
      }
      c.ended = second;
      if (t != null && second.isBefore(end)) {
        t.status(second, TicketStatus.SOLVED);
      }
      return;
    }
    c.ended = c.outcome == Outcome.UNRESOLVED && random.nextDouble() < 0.5 ? null : done;
    if (t != null) {
      close(t, c, done);
    }
  }

  /**
   * The ticket's status when the contact ends: solved; on hold with the next tier, which answers and solves it
   * later; or pending on a customer who does not come back, solved by the helpdesk's automation after 3 days.
   */
  private void close(Timeline t, Contact c, Instant done) {
    switch (c.outcome) {
      case RESOLVED -> t.status(done, TicketStatus.SOLVED);
      case ESCALATED, TRANSFERRED -> {
        t.status(done, TicketStatus.ON_HOLD);
        Instant next = WORKING_HOURS.plusBusinessTime(done, Duration.ofSeconds(logNormal(6 * 3600, 0.8)));
        if (next.isBefore(end)) {
          t.note(next).reply(next).status(next, TicketStatus.SOLVED);
        }
      }
      default -> t.status(done, TicketStatus.PENDING).status(done.plus(AUTO_SOLVE), TicketStatus.SOLVED);
    }
  }

  /** A resolved ticket reopened by the customer, answered and solved again: as often as happened in the month. */
  private void reopen(Contact c) {
    if (random.nextDouble() >= c.vendor.reopenRate || c.ended == null) {
      return;
    }
    Timeline t = c.ticket;
    Instant solved = c.ended;
    for (int k = 0; k < 2; k++) {
      Instant back = solved.plusSeconds(logNormal(36 * 3600, 0.8));
      Instant answer = WORKING_HOURS.plusBusinessTime(back, Duration.ofSeconds(logNormal(2 * 3600, 0.8)));
      if (!answer.isBefore(end)) {
        return;
      }
      t.reopened(back).message(back).reply(answer).status(answer, TicketStatus.SOLVED);
      c.reopened++;
      solved = answer;
      if (random.nextDouble() >= 0.15) {
        return;
      }
    }
  }

  private Outcome humanOutcome(Vendor vendor, Tier tier) {
    double u = random.nextDouble();
    double resolved = vendor.resolveRate - (tier == Tier.L1 ? 0 : 0.1);
    if (u < resolved) {
      return Outcome.RESOLVED;
    }
    double rest = (u - resolved) / (1 - resolved);
    return rest < 0.3 ? Outcome.ESCALATED : rest < 0.45 ? Outcome.TRANSFERRED : Outcome.UNRESOLVED;
  }

  /** A survey answer on about a fifth of the answered contacts: CSAT by vendor and outcome, NPS and CES with it. */
  private void survey(Interaction.Builder row, Contact c, Vendor vendor, Channel channel) {
    if (c.answered == null || c.ended == null
        || random.nextDouble() >= (c.handledBy == HandledBy.BOT ? 0.12 : 0.25)) {
      return;
    }
    boolean good = c.outcome == Outcome.RESOLVED || c.outcome == Outcome.BOT_CONTAINED;
    double satisfied = (c.handledBy == HandledBy.BOT ? 0.8 : vendor.satisfied) - (good ? 0 : 0.2)
        - (c.reopened > 0 ? 0.15 : 0) - (channel == Channel.VOICE && c.wait > 60 ? 0.08 : 0);
    int csat;
    if (random.nextDouble() < satisfied) {
      csat = random.nextDouble() < 0.62 ? 5 : 4;
    } else {
      double u = random.nextDouble();
      csat = u < 0.25 ? 1 : u < 0.55 ? 2 : 3;
    }
    row.csat(csat);
    if (random.nextDouble() < 0.7) {
      int[] low = {0, 0, 2, 5, 7, 9};
      int[] span = {0, 3, 4, 3, 3, 2};
      row.nps(low[csat] + random.nextInt(span[csat]));
    }
    if (random.nextDouble() < 0.5) {
      row.ces(Math.max(1, Math.min(7, 7 - csat + random.nextInt(3))));
    }
  }

  /** Another contact of the same customer about the same thing: likelier when this one did not solve it. */
  private void repeat(Arrival a, Contact c) {
    double p = switch (c.outcome) {
      case ABANDONED -> 0.55;
      case UNRESOLVED -> c.handledBy == HandledBy.BOT ? 0.5 : 0.4;
      case ESCALATED -> 0.15;
      case TRANSFERRED -> 0.25;
      case BOT_CONTAINED -> 0.06;
      case RESOLVED -> c.vendor == Vendor.ACME ? 0.1 : 0.04;
    };
    if (random.nextDouble() >= p) {
      return;
    }
    double delay = c.outcome == Outcome.ABANDONED ? 25 * 60 : c.handledBy == HandledBy.BOT ? 15 * 60 : 20 * 3600;
    Channel channel = random.nextDouble() < 0.55 ? a.channel()
        : random.nextBoolean() ? Channel.VOICE : Channel.CHAT;
    schedule(a.at().plusSeconds(logNormal(delay, 1.0)), channel, a.customer(), a.category());
  }

  private Vendor route(Channel channel, int language) {
    if (channel == Channel.SOCIAL) {
      return Vendor.INHOUSE; // the brand's own voice
    }
    double u = random.nextDouble();
    return switch (LANGUAGES[language]) {
      case "de" -> u < 0.55 ? Vendor.INHOUSE : Vendor.ACME;
      case "fr" -> u < 0.85 ? Vendor.GLOBEX : Vendor.INHOUSE;
      case "es" -> u < 0.5 ? Vendor.ACME : Vendor.GLOBEX;
      default -> u < 0.3 ? Vendor.INHOUSE : u < 0.7 ? Vendor.ACME : Vendor.GLOBEX;
    };
  }

  private Tier tier(int category) {
    double u = random.nextDouble();
    String name = CATEGORIES[category];
    double l2 = name.equals("technical") || name.equals("account") ? 0.25 : 0.08;
    return u < l2 ? Tier.L2 : u < l2 + 0.03 ? Tier.L3 : Tier.L1;
  }

  private static boolean live(Channel channel) {
    return channel == Channel.VOICE || channel == Channel.CHAT;
  }

  private int pick(double[] cumulative) {
    double u = random.nextDouble();
    int i = 0;
    while (i < cumulative.length - 1 && u >= cumulative[i]) {
      i++;
    }
    return i;
  }

  private int poisson(double mean) {
    double limit = StrictMath.exp(-mean);
    double product = random.nextDouble();
    int n = 0;
    while (product > limit) {
      n++;
      product *= random.nextDouble();
    }
    return n;
  }

  private long logNormal(double median, double sigma) {
    return Math.max(1, Math.round(median * StrictMath.exp(sigma * random.nextGaussian())));
  }

  private long exponential(double mean) {
    return Math.round(-mean * StrictMath.log(1 - random.nextDouble()));
  }

  private static double clamp(double score) {
    return Math.max(0, Math.min(100, score));
  }

  private static double halves(double score) {
    return Math.round(score * 2) / 2.0;
  }

  private static double sum(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    return total;
  }

  private static double[] cumulative(double... weights) {
    double total = sum(weights);
    double[] cumulative = new double[weights.length];
    double running = 0;
    for (int i = 0; i < weights.length; i++) {
      running += weights[i];
      cumulative[i] = running / total;
    }
    return cumulative;
  }
}
