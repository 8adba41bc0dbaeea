namespace Maiev.Cli.Tests.FakeNode;

/// <summary>A request the fake node received, for asserting what the console sent.</summary>
internal sealed record RecordedRequest(string Method, string PathAndQuery, string? Authorization, string? ContentType, string Body);
