import Foundation
import KMSCore
import Testing

@Suite struct VariablesTests {
    @Test func aNameGivenTwiceTakesItsFirstValueAsGetenvDoes() {
        let environment = Variables([(name: "LANG", value: "en_US.UTF-8"), (name: "HOME", value: "/h"), (name: "LANG", value: "zh_TW.UTF-8")])
        #expect(environment["LANG"] == "en_US.UTF-8")
        #expect(environment["HOME"] == "/h")
        #expect(environment["LC_ALL"] == nil)
        #expect(environment.adding("HOME", "/other")["HOME"] == "/h", "an added name counts only where it was missing")
        #expect(environment.adding("LC_ALL", "C.UTF-8")["LC_ALL"] == "C.UTF-8")
    }

    @Test func settingReplacesAddsAndRemoves() {
        var variables: Variables = ["host": "a", "port": "1688"]
        variables["host"] = "b"
        variables["server"] = "c"
        variables["port"] = nil
        #expect(variables.pairs.map(\.name) == ["host", "server"])
        #expect(variables.pairs.map(\.value) == ["b", "c"])
        variables["port"] = nil
        #expect(variables.pairs.count == 2, "removing an absent name changes nothing")
        #expect(!variables.isEmpty && ([:] as Variables).isEmpty)
    }

    @Test func equalityIsBySameValuesWhateverTheOrder() {
        #expect(Variables(["b": "2", "a": "1"]) == ["a": "1", "b": "2"])
        #expect(Variables(["a": "1"]) != ["a": "1", "b": "2"])
        #expect(Variables(["a": "1"]) != ["a": "2"])
        #expect(Variables(["b": "2", "a": "1"]).pairs.map(\.name) == ["a", "b"], "a dictionary's entries come in name order")
    }

    @Test func theProcessEnvironmentIsWhatFoundationReads() {
        let read = ResourceLocator.currentEnvironment()
        #expect(read == Variables(ProcessInfo.processInfo.environment))
        #expect(read["PATH"] == ProcessInfo.processInfo.environment["PATH"])
    }
}
