using System.Diagnostics.CodeAnalysis;

[assembly: SuppressMessage(
    "Performance",
    "CA1812:Avoid uninstantiated internal classes",
    Scope = "namespaceanddescendants",
    Target = "~N:Maiev.Cli.Contract",
    Justification = "Contract records are instantiated by System.Text.Json.")]
