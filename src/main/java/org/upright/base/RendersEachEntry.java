package org.upright.base;

/**
 * A page that renders itself on every entry ({@code beforeEnter} or {@code setParameter}), so that
 * the shell may let Vaadin keep its instance when a link leads to it again. Pages without it are built
 * for one visit and are shown afresh each time (see {@code MainLayout#afterNavigation}).
 */
public interface RendersEachEntry {}
