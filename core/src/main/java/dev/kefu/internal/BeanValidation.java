package dev.kefu.internal;

import dev.kefu.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Objects;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Jakarta Bean Validation through Hibernate Validator, bootstrapped so that hosts need no
 * Expression Language implementation: the provider is named directly (no service lookup) and
 * messages are interpolated from parameters only.
 */
public final class BeanValidation implements AutoCloseable {

  private final ValidatorFactory factory;
  private final Validator validator;

  /** Bootstraps the validator. */
  public BeanValidation() {
    this.factory = Validation.byProvider(HibernateValidator.class)
        .providerResolver(() -> List.of(new HibernateValidator()))
        .configure()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    this.validator = factory.getValidator();
  }

  /**
   * Validates a command.
   *
   * @param command the command
   * @return every violation, in no particular order
   */
  public List<Violation> validate(Object command) {
    Objects.requireNonNull(command, "command");
    return validator.validate(command).stream().map(BeanValidation::toViolation).toList();
  }

  private static Violation toViolation(ConstraintViolation<?> v) {
    return Violation.of(v.getPropertyPath().toString(), v.getMessage());
  }

  @Override
  public void close() {
    factory.close();
  }
}
