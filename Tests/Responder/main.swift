// The test KMS responder; built out in the Activation issue.
print("kms-test-responder: not built yet")
