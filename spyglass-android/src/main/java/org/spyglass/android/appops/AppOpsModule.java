package org.spyglass.android.appops;

import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * The app operations of a bugreport ({@code dumpsys appops}): packages matched as app ids, requests to install
 * packages and operations by the Android shell flagged; each Access or Reject entry on the timeline.
 */
public final class AppOpsModule extends AbstractModule<AppOp> {
    public static final String NAME = "dumpsys_appops";

    public AppOpsModule() {
        super(NAME, AppOp.class, "App operations (dumpsys appops): packages matched, install requests and shell "
                        + "operations flagged",
                DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<AppOp> parser() {
        return new AppOpsParser();
    }

    @Override
    public Checker<AppOp> checker() {
        return new AppOpsChecker();
    }

    /**
     * One event per entry: at its UTC time when the device's time zone is known, else at its device-local time read
     * as UTC, which the description says.
     */
    @Override
    public TimelineMapper<AppOp> timeline() {
        return (op, out) -> {
            if (op.localTime() != null) {
                out.accept(new TimelineEvent(op.timeInUtc() ? op.time() : op.localTimeAsUtc(),
                        NAME, op.access(), op.packageName() + " " + AppOpsChecker.describe(op)));
            }
        };
    }
}
