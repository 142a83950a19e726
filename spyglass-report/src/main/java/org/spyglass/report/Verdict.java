package org.spyglass.report;

import java.util.Locale;

/**
 * The banner at the top of the page: a headline in plain words by verdict code, the run's own sentence, and what the
 * reader should do next. It never calls a phone clean: no check can prove the absence of spyware.
 */
record Verdict(String code, String headline, String sentence, String advice) {

    static Verdict of(String code, String sentence, long indicators, String newest) {
        String count = String.format(Locale.ROOT, "%,d", indicators);
        String date = newest == null || newest.length() < 10 ? "" : newest.substring(0, 10);
        return switch (code) {
            case "SIGNS_OF_COMPROMISE" -> new Verdict(code, "Signs of compromise: expert review needed", sentence,
                    "Known spyware indicators matched at a severe level. Do not reset or update the phone; keep it "
                            + "and these results, and contact a digital-security helpline or a forensic expert.");
            case "SIGNS_OF_TARGETING" -> new Verdict(code, "Signs of targeting: expert review needed", sentence,
                    "Severe patterns were found that spyware has left before, with no known indicator matched. Keep "
                            + "the phone and these results, and ask an expert to review the alerts below.");
            case "INCOMPLETE" -> new Verdict(code, "Incomplete check: no conclusion either way", sentence,
                    "Part of the evidence could not be checked, so this result says nothing about it. Check the "
                            + "parsers below and run the check again.");
            default -> new Verdict("NO_MATCH", date.isEmpty()
                    ? "No match with the " + count + " indicators used"
                    : "No match with the " + count + " indicators of " + date, sentence,
                    "This is not a guarantee: spyware these indicators do not describe, or traces the phone no "
                            + "longer holds, cannot be seen. Keep these results and check again when new indicators "
                            + "are published.");
        };
    }

    String cssClass() {
        return "verdict-" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
