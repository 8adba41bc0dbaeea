namespace Maiev.Actors.Services;

/// <summary>The registered (monitored) service names, sorted ordinally.</summary>
internal sealed record ServiceList(IReadOnlyList<string> Names);
