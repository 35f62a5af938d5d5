package dev.kefu;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hibernate Validator silently ignores constraints it cannot see (on accessors such as
 * {@code subject()} of an interface, for one). This test finds every constraint declared on a
 * record component anywhere in kefu and checks the validator registered each one, and that every
 * {@code @Valid} cascades.
 */
class ConstraintsSeenTest {

  private final Validator validator = Validation.byProvider(HibernateValidator.class)
      .providerResolver(() -> List.of(new HibernateValidator()))
      .configure().messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory().getValidator();

  private static boolean isConstraint(Annotation a) {
    return a.annotationType().isAnnotationPresent(jakarta.validation.Constraint.class);
  }

  private static java.lang.reflect.Field field(Class<?> type, String name) {
    try {
      return type.getDeclaredField(name);
    } catch (NoSuchFieldException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  @DisplayName("every constraint declared on a record component is seen by the validator")
  void everyConstraintIsSeen() {
    List<String> checked = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.kefu")) {
      Class<?> type = c.reflect();
      if (!type.isRecord()) {
        continue;
      }
      for (RecordComponent rc : type.getRecordComponents()) {
        // constraint annotations cannot target record components; javac puts them on the field
        java.lang.reflect.Field field = field(type, rc.getName());
        long declared = Arrays.stream(field.getAnnotations()).filter(ConstraintsSeenTest::isConstraint).count();
        boolean cascaded = field.isAnnotationPresent(Valid.class);
        if (declared == 0 && !cascaded) {
          continue;
        }
        PropertyDescriptor p = validator.getConstraintsForClass(type).getConstraintsForProperty(rc.getName());
        assertThat(p).as("%s.%s is not seen by the validator", type.getSimpleName(), rc.getName()).isNotNull();
        assertThat((long) p.getConstraintDescriptors().size()).as("%s.%s constraints", type.getSimpleName(), rc.getName())
            .isEqualTo(declared);
        assertThat(p.isCascaded()).as("%s.%s cascades", type.getSimpleName(), rc.getName()).isEqualTo(cascaded);
        checked.add(type.getSimpleName() + "." + rc.getName());
      }
    }
    assertThat(checked).as("the scan found the commands").contains("OpenTicket.subject", "RecordOrder.amount",
        "Money.amount", "Origin.actor", "ContactPoint.address");
  }
}
