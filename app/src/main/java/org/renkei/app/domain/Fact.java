package org.renkei.app.domain;

import java.util.Objects;

/** A single-valued fact about a facility with its confirmation. */
public record Fact<T>(T value, Verified verified) {
    public Fact {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(verified, "verified");
    }

    public Fact<T> withVerified(Verified v) {
        return new Fact<>(value, v);
    }
}
