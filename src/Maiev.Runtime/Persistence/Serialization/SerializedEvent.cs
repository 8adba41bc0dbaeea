namespace Maiev.Runtime.Persistence.Serialization;

/// <summary>An event or snapshot as stored: manifest, version and UTF-8 JSON.</summary>
/// <param name="Manifest">The stable name registered for the type (never a CLR type name).</param>
/// <param name="Version">The version of the type's JSON shape the data has.</param>
/// <param name="Data">UTF-8 JSON.</param>
public sealed record SerializedEvent(string Manifest, int Version, byte[] Data);
