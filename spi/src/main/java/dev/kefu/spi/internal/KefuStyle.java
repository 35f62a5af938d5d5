package dev.kefu.spi.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style every kefu value type uses: the generated {@code Immutable*} class is
 * package-private and never appears in a public signature; callers use the abstract type, its
 * nested {@code Builder} and the withers it declares.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    redactedMask = "****",
    strictBuilder = false,
    // no org.immutables.value.Generated on generated classes: hosts compiling against kefu-spi
    // without Immutables on their class path would get a warning per class
    allowedClasspathAnnotations = {Override.class})
public @interface KefuStyle {}
