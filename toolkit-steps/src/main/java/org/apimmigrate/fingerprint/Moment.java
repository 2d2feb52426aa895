package org.apimmigrate.fingerprint;

/** When a phase's fingerprint was taken: before its first change, or once it finished. */
public enum Moment { BEFORE, AFTER }
