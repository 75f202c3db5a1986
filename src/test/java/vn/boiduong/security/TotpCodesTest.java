package vn.boiduong.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpCodesTest {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = "1234567890123456789012345678901234567890123456789012345678901234"
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238 appendix B: the test vectors (8 digits, 30-second steps from T0 = 0). */
    @ParameterizedTest
    @CsvSource({
        "59, 94287082, 46119246, 90693936",
        "1111111109, 07081804, 68084774, 25091201",
        "1111111111, 14050471, 67062674, 99943326",
        "1234567890, 89005924, 91819424, 93441116",
        "2000000000, 69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void rfc6238TestVectors(long seconds, String sha1, String sha256, String sha512) {
        long step = TotpCodes.step(Instant.ofEpochSecond(seconds));
        assertThat(TotpCodes.code(SHA1_KEY, step, 8, "HmacSHA1")).isEqualTo(sha1);
        assertThat(TotpCodes.code(SHA256_KEY, step, 8, "HmacSHA256")).isEqualTo(sha256);
        assertThat(TotpCodes.code(SHA512_KEY, step, 8, "HmacSHA512")).isEqualTo(sha512);
    }

    @Test
    void sixDigitCodesAreTheLastSixOfTheRfcValues() {
        assertThat(TotpCodes.code(SHA1_KEY, TotpCodes.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(TotpCodes.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        byte[] secret = TotpCodes.newSecret();
        assertThat(TotpCodes.fromBase32(TotpCodes.base32(secret))).isEqualTo(secret);
        assertThat(TotpCodes.uri("Bồi dưỡng", "vhxh.phulien", SHA1_KEY))
                .startsWith("otpauth://totp/B%E1%BB%93i%20d%C6%B0%E1%BB%A1ng:vhxh.phulien?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&")
                .contains("digits=6", "period=30", "algorithm=SHA1");
    }
}
