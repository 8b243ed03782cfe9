import Testing
import TestSupport

/// `kmswizard diagnose --json` inside the test network (a namespace with the campus KMS host,
/// NTP and DNS on 198.18.0.0/15), checked against schemas/diagnose.schema.json: the all-pass
/// report on campus and the failing one off campus.
@Suite(.serialized, .requires(RequiredPeers.campusLab))
struct DiagnoseSchemaTests {
    @Test func campusAndOffCampusReportsMatchTheSchema() async throws {
        try await NetLab.with { lab in
            let campus = try NetLabCampus.build(in: lab, clients: [.campus, .off])
            let kms = NetLabCampus.kmsAddress
            let arguments = ["--host", kms, "--domain", "nknu.edu.tw", "--campus", NetLabCampus.campusRange, "--ntp", kms, "--timeout", "2"]
            for (client, status) in [(NetLabCampus.Client.campus, Int32(0)), (.off, 11)] {
                let run = try NetLabDiagnose.run(in: campus.namespace(client), arguments)
                #expect(run.exitStatus == status, "\(client): \(run.stdout) \(run.stderr)")
                let validation = try JSONSchemaTests.validate(json: run.stdout, against: "diagnose")
                #expect(validation.status == 0, "diagnose \(client) does not match schemas/diagnose.schema.json:\n\(validation.stderr)\n\(run.stdout)")
            }
        }
    }
}
