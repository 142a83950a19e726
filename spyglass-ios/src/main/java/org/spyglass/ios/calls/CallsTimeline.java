package org.spyglass.ios.calls;

import java.util.Locale;
import java.util.function.Consumer;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/** One {@code call} event when the call started. */
final class CallsTimeline implements TimelineMapper<CallRecord> {

    @Override
    public void map(CallRecord call, Consumer<TimelineEvent> out) {
        if (call.isodate() == null) {
            return;
        }
        String duration = call.duration() == null ? "an unknown number of"
                : String.format(Locale.ROOT, "%.0f", call.duration());
        String answered = call.answered() == null ? "" : call.answered() ? ", answered" : ", not answered";
        out.accept(new TimelineEvent(call.isodate(), CallsModule.NAME, "call",
                capitalised(CallsChecker.describe(call)) + " during " + duration + " seconds" + answered));
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
