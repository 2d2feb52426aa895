/**
 * Checks of a migrated database that any caller can run (the command line's {@code verify}, the certification
 * suite): schema against a fresh 4.0.0, API_UUID uniqueness and the registry's invariants. Their SQL is plain SQL
 * every vendor runs alike, kept in {@code org/apimmigrate/check/}.
 */
package org.apimmigrate.check;
