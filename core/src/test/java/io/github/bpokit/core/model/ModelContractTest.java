package io.github.bpokit.core.model;

import static io.github.bpokit.core.model.InteractionTest.T0;
import static io.github.bpokit.core.model.InteractionTest.full;
import static io.github.bpokit.core.model.InteractionTest.minimal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import com.google.common.testing.SerializableTester;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Guava testlib contracts of the model: equality, null handling, serialization. */
class ModelContractTest {
  static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(Interaction.class, full())
        .setDefault(Instant.class, T0)
        .setDefault(Problem.class, Problem.missing("channel"));
  }

  @Test
  void interactionEqualityCoversEveryField() {
    Interaction full = full();
    List<UnaryOperator<Interaction.Builder>> changes = List.of(
        b -> b.interactionId("i-2"),
        b -> b.ticketId("t-8"),
        b -> b.customerId("c-10"),
        b -> b.channel(Channel.CHAT),
        b -> b.category("Billing"),
        b -> b.language("en"),
        b -> b.priority(Priority.NORMAL),
        b -> b.vendor("inhouse"),
        b -> b.agentId("a-4"),
        b -> b.tier(Tier.L1),
        b -> b.createdAt(T0.minusNanos(1)),
        b -> b.answeredAt(T0.plusSeconds(19)),
        b -> b.endedAt(T0.plusSeconds(361)),
        b -> b.waitSeconds(19),
        b -> b.talkSeconds(281),
        b -> b.holdSeconds(31),
        b -> b.wrapSeconds(46),
        b -> b.outcome(Outcome.ESCALATED),
        b -> b.handledBy(HandledBy.HUMAN),
        b -> b.csat(4),
        b -> b.nps(8),
        b -> b.ces(3),
        b -> b.qaPartner(92.4),
        b -> b.qaClient(88.5),
        b -> b.reopened(2));
    List<UnaryOperator<Interaction.Builder>> absences = List.of(
        b -> b.ticketId(java.util.Optional.empty()),
        b -> b.language(java.util.Optional.empty()),
        b -> b.vendor(java.util.Optional.empty()),
        b -> b.agentId(java.util.Optional.empty()),
        b -> b.answeredAt(java.util.Optional.empty()),
        b -> b.endedAt(java.util.Optional.empty()),
        b -> b.csat(java.util.OptionalInt.empty()),
        b -> b.nps(java.util.OptionalInt.empty()),
        b -> b.ces(java.util.OptionalInt.empty()),
        b -> b.qaPartner(java.util.OptionalDouble.empty()),
        b -> b.qaClient(java.util.OptionalDouble.empty()));
    EqualsTester tester = new EqualsTester()
        .addEqualityGroup(full, Interaction.builder().from(full).build(), full(),
            Interaction.builder().from(full).interactionId(" i-1 ").category("billing\t").build(),
            SerializableTester.reserialize(full));
    List<UnaryOperator<Interaction.Builder>> all = new ArrayList<>(changes);
    all.addAll(absences);
    for (UnaryOperator<Interaction.Builder> change : all) {
      Interaction changed = change.apply(Interaction.builder().from(full)).build();
      tester.addEqualityGroup(changed, change.apply(Interaction.builder().from(full)).build());
    }
    tester.addEqualityGroup(minimal().build(), minimal().build());
    tester.testEquals();
  }

  @Test
  void interactionRejectsNullsExceptWhereUnsetIsMeant() throws Exception {
    NullPointerTester tester = nullPointerTester();
    tester.testAllPublicStaticMethods(Interaction.class);
    // accessors and the (package-private implementation's) withers, @Nullable ones for required fields skipped
    tester.testAllPublicInstanceMethods(full());
  }

  @Test
  void builderRejectsNullsExceptForRequiredFieldsWhereNullMeansUnset() throws Exception {
    // The setters of the defaulted attributes let null through to build(), which then throws (tested in
    // InteractionTest.NullForADefaultedField); Immutables generates them final, so they cannot check earlier.
    NullPointerTester tester = nullPointerTester()
        .ignore(Interaction.Builder.class.getMethod("priority", Priority.class))
        .ignore(Interaction.Builder.class.getMethod("tier", Tier.class))
        .ignore(Interaction.Builder.class.getMethod("handledBy", HandledBy.class));
    tester.testAllPublicInstanceMethods(Interaction.builder());
  }

  @Test
  void builderSettersOfRequiredFieldsAreTheNullableOnes() throws Exception {
    List<String> nullable = new ArrayList<>();
    for (Method m : Interaction.Builder.class.getMethods()) {
      if (m.getParameterCount() == 1 && !m.isSynthetic()
          && m.getAnnotatedParameterTypes()[0].isAnnotationPresent(org.jspecify.annotations.Nullable.class)) {
        nullable.add(m.getName());
      }
    }
    assertThat(nullable).containsExactlyInAnyOrder(
        "interactionId", "customerId", "channel", "category", "createdAt", "outcome");
  }

  @Test
  void problemAndValidationExceptionRejectNulls() {
    NullPointerTester tester = nullPointerTester();
    tester.testAllPublicConstructors(Problem.class);
    tester.testAllPublicStaticMethods(Problem.class);
    tester.testAllPublicInstanceMethods(Problem.missing("csat"));
    tester.setDefault(List.class, List.of(Problem.missing("channel")));
    tester.testAllPublicConstructors(ValidationException.class);
    tester.testAllPublicInstanceMethods(new ValidationException("interaction i-1", List.of(Problem.missing("x"))));
  }

  @Test
  void enumsRejectNulls() {
    NullPointerTester tester = nullPointerTester();
    for (Class<?> type : List.of(Channel.class, Outcome.class, Priority.class, Tier.class, HandledBy.class)) {
      tester.testAllPublicStaticMethods(type);
      tester.testAllPublicInstanceMethods(type.getEnumConstants()[0]);
    }
  }

  @Test
  void interactionsSurviveSerialization() {
    SerializableTester.reserializeAndAssert(full());
    SerializableTester.reserializeAndAssert(minimal().build());
    for (Interaction i : Interactions.sample(3, 50)) {
      SerializableTester.reserializeAndAssert(i);
    }
  }

  @Test
  void problemsAndValidationExceptionsSurviveSerialization() {
    SerializableTester.reserializeAndAssert(Problem.of("csat", "7", "must be between 1 and 5"));
    ValidationException e = new ValidationException("interaction i-1", List.of(Problem.missing("channel")));
    ValidationException copy = SerializableTester.reserialize(e);
    assertThat(copy.subject()).isEqualTo(e.subject());
    assertThat(copy.problems()).isEqualTo(e.problems());
    assertThat(copy).hasMessage(e.getMessage());
  }

  @Test
  void problemShape() {
    Problem p = Problem.of("csat", "7", "must be between 1 and 5");
    assertThat(p.field()).isEqualTo("csat");
    assertThat(p.value()).isEqualTo("7");
    assertThat(p.message()).isEqualTo("must be between 1 and 5");
    assertThat(p).hasToString("csat '7': must be between 1 and 5").isEqualTo(new Problem("csat", "7",
        "must be between 1 and 5"));
    assertThat(Problem.missing("outcome")).isEqualTo(Problem.of("outcome", "", "missing required field"))
        .hasToString("outcome '': missing required field");
    new EqualsTester()
        .addEqualityGroup(p, Problem.of("csat", "7", "must be between 1 and 5"))
        .addEqualityGroup(Problem.of("nps", "7", "must be between 1 and 5"))
        .addEqualityGroup(Problem.of("csat", "8", "must be between 1 and 5"))
        .addEqualityGroup(Problem.of("csat", "7", "is wrong"))
        .testEquals();
  }

  @Test
  void validationExceptionShape() {
    List<Problem> problems = new ArrayList<>(Arrays.asList(Problem.missing("channel"), Problem.of("csat", "0",
        "must be between 1 and 5")));
    ValidationException e = new ValidationException("interaction i-3", problems);
    problems.clear();
    assertThat(e.problems()).hasSize(2);
    assertThatThrownBy(() -> e.problems().add(Problem.missing("x"))).isInstanceOf(UnsupportedOperationException.class);
    assertThat(e).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("interaction i-3: channel '': missing required field; csat '0': must be between 1 and 5");
    assertThat(e.subject()).isEqualTo("interaction i-3");
    assertThatThrownBy(() -> new ValidationException("interaction i-3", List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a ValidationException needs at least one problem");
    assertThatThrownBy(() -> new ValidationException("x", Arrays.asList(Problem.missing("a"), null)))
        .isInstanceOf(NullPointerException.class);
  }
}
