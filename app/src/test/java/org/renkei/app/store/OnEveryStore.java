package org.renkei.app.store;

import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs every test of the class once on H2 and once on PostgreSQL; the class takes the kind in a
 * {@code @Parameter StoreKind store;} field and opens its database with {@link StoreKind#create}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(StoreKind.class)
public @interface OnEveryStore {
}
