package dev.kefu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rules that keep the architecture honest, checked on the production classes of spi and core. */
class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("dev.kefu");
  }

  @Test
  @DisplayName("spi never depends on core")
  void spiIndependentOfCore() {
    noClasses().that().resideInAPackage("dev.kefu.spi..")
        .should().dependOnClassesThat().resideInAnyPackage("dev.kefu", "dev.kefu.customer..", "dev.kefu.ticket..",
            "dev.kefu.staff..", "dev.kefu.notification..", "dev.kefu.memory..", "dev.kefu.internal..")
        .check(classes);
  }

  @Test
  @DisplayName("nothing reads the system clock except through the injected Clock")
  void noSystemClock() {
    ArchRule rule = noClasses().that().resideInAPackage("dev.kefu..")
        .and().doNotHaveFullyQualifiedName(Kefu.Builder.class.getName()) // the default Clock.systemUTC() is wired here, once
        .should().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(System.class, "nanoTime")
        .orShould().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(LocalDateTime.class, "now")
        .orShould().callMethod(LocalTime.class, "now")
        .orShould().callMethod(ZonedDateTime.class, "now")
        .orShould().callMethod(OffsetDateTime.class, "now")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone");
    rule.check(classes);
  }

  @Test
  @DisplayName("nothing sleeps")
  void noSleeping() {
    noClasses().that().resideInAPackage("dev.kefu..")
        .should().callMethod(Thread.class, "sleep", long.class)
        .orShould().callMethod(Thread.class, "sleep", long.class, int.class)
        .orShould().callMethod(Thread.class, "sleep", java.time.Duration.class)
        .orShould().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
            com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(java.util.concurrent.TimeUnit.class)))
            .and(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                com.tngtech.archunit.core.domain.properties.HasName.Predicates.name("sleep"))))
        .check(classes);
  }

  @Test
  @DisplayName("no java.util.Date")
  void noDate() {
    noClasses().that().resideInAPackage("dev.kefu..")
        .should().dependOnClassesThat().areAssignableTo(java.util.Date.class)
        .check(classes);
  }

  @Test
  @DisplayName("core's internals are reached only from the facade and each other")
  void internalsStayInternal() {
    noClasses().that().resideOutsideOfPackages("dev.kefu.internal..")
        .and().doNotHaveFullyQualifiedName(Kefu.class.getName())
        .and().doNotHaveFullyQualifiedName(Kefu.Builder.class.getName())
        .should().dependOnClassesThat().resideInAPackage("dev.kefu.internal..")
        .check(classes);
  }

  @Test
  @DisplayName("spi and core use no logging backend, framework or test library")
  void noForbiddenDependencies() {
    noClasses().that().resideInAPackage("dev.kefu..")
        .should().dependOnClassesThat().resideInAnyPackage("org.junit..", "org.quicktheories..", "org.assertj..",
            "ch.qos.logback..", "org.apache.logging..", "org.slf4j.simple..", "org.springframework..", "java.sql..")
        .check(classes);
  }
}
