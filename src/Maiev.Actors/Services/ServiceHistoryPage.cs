namespace Maiev.Actors.Services;

/// <summary>A page of history; <paramref name="Next"/> is the <c>After</c> for the next page, or null at the end.</summary>
internal sealed record ServiceHistoryPage(IReadOnlyList<ServiceHistoryEntry> Items, long? Next);
