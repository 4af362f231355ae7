/**
 * The numbers of PRODUCT.md "Numbers, defined once": what is prescribed on a day, adherence,
 * consistency, walking dose, streak, discomfort baseline, 7-day mean and trend.
 * Pure Java: callers map instants to the patient's local dates before calling in.
 */
@org.jspecify.annotations.NullMarked
package org.upright.adherence;
