package io.github.bpokit.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of bpokit core: generated implementations are package-private and hidden behind the public
 * abstract value type, which exposes a nested {@code Builder extends ImmutableX.Builder}. Mandatory-attribute checks
 * are left to each type's {@code @Value.Check} so that one build reports every problem at once. Default attributes
 * are computed in the constructor, without the initialization shim (an object and a volatile field per instance, read
 * by every accessor): no default may read another attribute, and none does (they are constants).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaultAsDefault = false,
    privateNoargConstructor = false,
    unsafeDefaultAndDerived = true)
public @interface CoreStyle {}
