/**
 * Administrative documents (văn bản hành chính) in the layout of Nghị định 30/2020/NĐ-CP, appendix I: a decision
 * or report rendered as DOCX (for editing and signing) and as PDF (for reading and archiving). Stateless; other
 * modules build an {@link vn.boiduong.documents.OfficialDocument} and call {@link vn.boiduong.documents.Documents}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.boiduong.documents;
