package org.spyglass.android.accessibility;

import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;

/**
 * The accessibility services of a bugreport ({@code dumpsys accessibility}): packages matched as app ids, services
 * that are enabled and not from a system package flagged. The section has no dates, so it adds nothing to the
 * timeline.
 */
public final class AccessibilityModule extends AbstractModule<AccessibilityService> {
    public static final String NAME = "dumpsys_accessibility";

    public AccessibilityModule() {
        super(NAME, AccessibilityService.class,
                "Accessibility services (dumpsys accessibility): packages matched, enabled non-system services "
                        + "flagged",
                DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<AccessibilityService> parser() {
        return new AccessibilityParser();
    }

    @Override
    public Checker<AccessibilityService> checker() {
        return new AccessibilityChecker();
    }
}
