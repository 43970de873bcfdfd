import { createRequire } from "node:module";
import type * as Commander from "commander";

/**
 * The option parser, required as the CommonJS package it is. Imported as ESM, Node went through
 * the package's ESM wrapper and scanned its CommonJS source for the names it exports first: some
 * ten milliseconds of every command's start-up, a parse of its words.
 */
const commander = createRequire(import.meta.url)("commander") as typeof Commander;

export const { Argument, Command, CommanderError, Option } = commander;
export type Argument = Commander.Argument;
export type Command = Commander.Command;
export type CommanderError = Commander.CommanderError;
export type Option = Commander.Option;
