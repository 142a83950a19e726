package org.spyglass.cli.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArgumentRedactionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ios check-backup B -p s3cret -o out | ios check-backup B -p ******** -o out",
        "ios check-backup B --password s3cret | ios check-backup B --password ********",
        "ios check-backup B --password=s3cret | ios check-backup B --password=********",
        "ios check-backup B -ps3cret | ios check-backup B -p********",
        "ios check-backup B -p=s3cret | ios check-backup B -p********",
        "ios check-backup B -Hp s3cret | ios check-backup B -Hp ********",
        "ios check-backup B -Hps3cret | ios check-backup B -Hp********",
        "ios check-backup B -p -p | ios check-backup B -p ********",
        "ios check-backup B --password-file pw.txt -o /tmp/p | ios check-backup B --password-file pw.txt -o /tmp/p",
        "ios check-backup B -o out -m sms -H | ios check-backup B -o out -m sms -H"})
    void hidesTheValueOfEveryPasswordOptionForm(String given, String recorded) {
        assertThat(ArgumentRedaction.redact(split(given))).isEqualTo(split(recorded));
    }

    private static List<String> split(String line) {
        return Arrays.asList(line.trim().split(" "));
    }
}
