import ArgumentParser
public struct TiesCommand: AsyncParsableCommand { public init() {} }
