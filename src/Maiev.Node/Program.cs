// The Maiev node: see Hosting/NodeProgram.cs and docs/operations.md.
return await Maiev.Node.Hosting.NodeProgram.RunAsync(args, Environment.GetEnvironmentVariables(), Console.Out, Console.Error, CancellationToken.None);
