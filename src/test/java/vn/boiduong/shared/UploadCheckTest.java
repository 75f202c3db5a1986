package vn.boiduong.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.boiduong.HostileFiles;
import vn.boiduong.TestXlsx;

/** Every kind of upload refuses every hostile file and takes the sound files of its types. */
class UploadCheckTest {

    private static final byte[] ROSTER = TestXlsx.roster(List.<Object[]>of(
            TestXlsx.person("U-1", "Lê Văn Một", "01/01/1990", null, "11446-VHXH")));

    @Test
    void everyKindRefusesEveryHostileFileNamingTheFileField() {
        for (UploadCheck.Kind kind : UploadCheck.Kind.values()) {
            HostileFiles.all(ROSTER).forEach((what, content) -> {
                Problems.InvalidInput e = catchThrowableOfType(Problems.InvalidInput.class,
                        () -> UploadCheck.check(kind, "x.pdf", content));
                assertThat(e).as(kind + " accepted " + what).isNotNull();
                assertThat(e.problems().get(0).field()).isEqualTo("file");
            });
        }
    }

    @Test
    void soundFilesOfTheAcceptedTypesPass() {
        assertThat(UploadCheck.check(UploadCheck.Kind.CERTIFICATE_SCAN, "a.pdf", HostileFiles.pdf("scan")).contentType()).isEqualTo(FileTypes.PDF);
        assertThat(UploadCheck.check(UploadCheck.Kind.CERTIFICATE_SCAN, "a.png", HostileFiles.png()).contentType()).isEqualTo(FileTypes.PNG);
        assertThat(UploadCheck.check(UploadCheck.Kind.CERTIFICATE_SCAN, "a.jpg", HostileFiles.jpeg()).contentType()).isEqualTo(FileTypes.JPEG);
        assertThat(UploadCheck.check(UploadCheck.Kind.TASK_ATTACHMENT, "a.docx", HostileFiles.docx()).contentType()).isEqualTo(FileTypes.DOCX);
        assertThat(UploadCheck.check(UploadCheck.Kind.TASK_ATTACHMENT, "a.xlsx", ROSTER).contentType()).isEqualTo(FileTypes.XLSX);
        assertThat(UploadCheck.check(UploadCheck.Kind.ROSTER, "../../etc/passwd.xlsx", ROSTER).filename()).doesNotContain("/");
        assertThatThrownBy(() -> UploadCheck.check(UploadCheck.Kind.CERTIFICATE_SCAN, "a.docx", HostileFiles.docx()))
                .isInstanceOf(Problems.InvalidInput.class);
    }

    @Test
    void theSizeLimitIsTheKindsOwnAndNamedInTheError() {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        System.arraycopy(HostileFiles.pdf("x"), 0, big, 0, 20);
        Problems.InvalidInput e = catchThrowableOfType(Problems.InvalidInput.class,
                () -> UploadCheck.check(UploadCheck.Kind.CERTIFICATE_SCAN, "big.pdf", big));
        assertThat(e.problems().get(0).code()).isEqualTo("upload.tooLarge");
        assertThat(e.problems().get(0).args()[0]).isEqualTo(5);
        assertThat(e.problems().get(0).args()[1].toString()).contains("upload.kind.certificateScan");
    }
}
