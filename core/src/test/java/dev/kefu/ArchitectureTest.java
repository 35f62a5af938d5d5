package dev.kefu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
  @DisplayName("every core type that the public API of an exported package names is exported too, so a modular host can use it")
  void exportedApiNamesOnlyExportedTypes() throws Exception {
    Set<String> exported = exportedPackagesOfCore();
    Set<String> hidden = new TreeSet<>();
    for (JavaClass c : classes) {
      if (!exported.contains(c.getPackageName()) || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
        continue;
      }
      Class<?> type = c.reflect();
      List<Type> named = new ArrayList<>();
      for (Method m : type.getMethods()) {
        named.add(m.getGenericReturnType());
        named.addAll(List.of(m.getGenericParameterTypes()));
      }
      for (Constructor<?> k : type.getConstructors()) {
        named.addAll(List.of(k.getGenericParameterTypes()));
      }
      for (Type t : named) {
        for (Class<?> used : classesIn(t)) {
          String pkg = used.getPackageName();
          if (pkg.startsWith("dev.kefu") && !pkg.startsWith("dev.kefu.spi") && !exported.contains(pkg)) {
            hidden.add(used.getName() + " (named by " + type.getName() + ")");
          }
        }
      }
    }
    assertThat(hidden).as("types in packages dev.kefu.core does not export").isEmpty();
  }

  /** The packages kefu-core's module descriptor exports to everyone, read from the module or its module-info.class. */
  private static Set<String> exportedPackagesOfCore() throws Exception {
    ModuleDescriptor descriptor = Kefu.class.getModule().getDescriptor();
    if (descriptor == null) { // on the class path: read the descriptor beside the classes
      Path classes = Path.of(Kefu.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
        descriptor = ModuleDescriptor.read(in);
      }
    }
    Set<String> exported = new TreeSet<>();
    descriptor.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
    return exported;
  }

  /** The classes a generic type names: itself, its arguments, bounds and array components. */
  private static List<Class<?>> classesIn(Type t) {
    List<Class<?>> out = new ArrayList<>();
    if (t instanceof Class<?> c) {
      out.add(c.isArray() ? c.getComponentType() : c);
    } else if (t instanceof ParameterizedType p) {
      out.addAll(classesIn(p.getRawType()));
      for (Type a : p.getActualTypeArguments()) {
        out.addAll(classesIn(a));
      }
    } else if (t instanceof WildcardType w) {
      for (Type b : w.getUpperBounds()) {
        out.addAll(classesIn(b));
      }
      for (Type b : w.getLowerBounds()) {
        out.addAll(classesIn(b));
      }
    } else if (t instanceof GenericArrayType g) {
      out.addAll(classesIn(g.getGenericComponentType()));
    }
    return out;
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
