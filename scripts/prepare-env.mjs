#!/usr/bin/env node
import { prepareEnv } from "./env.mjs";
prepareEnv();
