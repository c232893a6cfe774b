/**
 * Browser bundles of the add-in:
 *   taskpane.html  – the task pane inside Excel (src/taskpane)
 *   commands.html  – the ribbon's function file (src/commands)
 *   workbench.html – the local workbench with an in-memory Excel (src/workbench)
 *   contract.html  – the Office.js contract suite inside Excel (src/contract;
 *                    the task pane of manifest.contract.xml, npm run test:excel)
 *
 *   webpack --mode production            build into dist/
 *   webpack serve --mode development     dev server on http://localhost:3000
 *   webpack serve --env https            same over https with the Office dev
 *                                        certificates (office-addin-dev-certs)
 *
 * The CLI and the .xlsx host are Node-only: a browser bundle that pulls
 * them in fails the build (see NodeOnlyGuardPlugin). So does ExcelJS,
 * except loaded on demand (import()) by the workbench, which opens and
 * saves .xlsx files with its browser build: never in the task pane.
 */
const path = require('path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const pkg = require('./package.json');

const ROOT = __dirname;
const DEFAULT_PORT = 3000;

function devServerPort() {
  const fromEnv = Number(process.env.npm_package_config_dev_server_port);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  const fromPkg = Number(pkg.config && pkg.config.dev_server_port);
  if (Number.isInteger(fromPkg) && fromPkg > 0) return fromPkg;
  return DEFAULT_PORT;
}

/**
 * Files that must never end up in a browser bundle; `unless` names the
 * one way one may: every import of it an import() from those files.
 */
const NODE_ONLY = [
  { test: /[\\/]node_modules[\\/]exceljs[\\/]/, what: 'ExcelJS', unless: /[\\/]src[\\/]workbench[\\/]/ },
  { test: /[\\/]src[\\/]cli[\\/]/, what: 'src/cli' },
  { test: /[\\/]src[\\/]host[\\/]xlsx[\\/]/, what: 'src/host/xlsx' },
];

/** Whether every import of module `m` is an import() from a file that `unless` matches. */
function loadedOnDemandFrom(moduleGraph, m, unless) {
  const incoming = Array.from(moduleGraph.getIncomingConnections(m)).filter((c) => c.originModule);
  return (
    incoming.length > 0 &&
    incoming.every((c) => c.dependency && c.dependency.type === 'import()' && c.originModule.resource && unless.test(c.originModule.resource))
  );
}

class NodeOnlyGuardPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('NodeOnlyGuardPlugin', (compilation) => {
      compilation.hooks.finishModules.tap('NodeOnlyGuardPlugin', (modules) => {
        for (const m of modules) {
          const resource = m.resource;
          if (!resource) continue;
          const hit = NODE_ONLY.find((n) => n.test.test(resource));
          if (!hit) continue;
          if (hit.unless && loadedOnDemandFrom(compilation.moduleGraph, m, hit.unless)) continue;
          const issuer = compilation.moduleGraph.getIssuer(m);
          const from = issuer && issuer.resource ? path.relative(ROOT, issuer.resource) : '?';
          const err = new webpack.WebpackError(
            `${hit.what} is Node-only and must not be bundled for the browser: ` + `${path.relative(ROOT, resource)} (imported from ${from})`
          );
          err.module = m;
          compilation.errors.push(err);
        }
      });
    });
  }
}

async function httpsServer() {
  // Lazily: installing the development certificates may need root/admin,
  // and plain http (the default) must work without them.
  const devCerts = require('office-addin-dev-certs');
  const options = await devCerts.getHttpsServerOptions();
  return { type: 'https', options: { ca: options.ca, key: options.key, cert: options.cert } };
}

/** The root of the development server leads to the workbench page; every other path goes on. */
function rootToWorkbench(req, res, next) {
  const [pathname, query] = req.url.split('?');
  if (pathname !== '/' || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
  res.writeHead(302, { Location: `/workbench.html${query ? `?${query}` : ''}` });
  res.end();
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || (process.env.NODE_ENV === 'production' ? 'production' : 'development');
  const production = mode === 'production';
  const useHttps = Boolean(env.https);
  const port = devServerPort();

  /** @type {import('webpack').Configuration & { devServer?: any }} */
  const config = {
    mode,
    context: ROOT,
    target: 'web',
    devtool: production ? false : 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      workbench: './src/workbench/index.tsx',
      contract: './src/contract/pane.ts',
    },
    output: {
      path: path.resolve(ROOT, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '',
      clean: true,
      // Use globalThis, so the runtime needs no `new Function("return this")` fallback (CSP: no eval).
      environment: { globalThis: true },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    module: {
      // ExcelJS's browser build is one prebuilt file (browserify): nothing in it for webpack to resolve.
      noParse: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/]/,
      rules: [
        {
          test: /[\\/]node_modules[\\/]exceljs[\\/]dist[\\/][^\\/]+\.js$/,
          use: path.resolve(ROOT, 'scripts', 'exceljs-csp-loader.js'),
        },
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Typechecking is `npm run typecheck`; here only transpile, to
              // ES modules so that webpack can tree-shake and split.
              transpileOnly: true,
              configFile: path.resolve(ROOT, 'tsconfig.json'),
              compilerOptions: { module: 'esnext', sourceMap: !production },
            },
          },
        },
      ],
    },
    optimization: {
      minimize: production,
      // Modules shared by entries (React, Fluent UI, the engine) go to chunks
      // of their own: cached across pages, and the function file
      // (commands) stays a few hundred bytes.
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 20,
            reuseExistingChunk: true,
          },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      // A task pane loads from localhost or the add-in's host once and is
      // then cached; Fluent UI alone is a few hundred kB minified.
      maxEntrypointSize: 700 * 1024,
      maxAssetSize: 500 * 1024,
      // ExcelJS (about 900 kB) loads in the workbench only when a file is opened or saved.
      assetFilter: (asset) => !/^exceljs\./.test(asset) && !/\.map$/.test(asset),
    },
    plugins: [
      new NodeOnlyGuardPlugin(),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
      }),
      new HtmlWebpackPlugin({
        filename: 'workbench.html',
        template: './src/workbench/workbench.html',
        chunks: ['workbench'],
      }),
      new HtmlWebpackPlugin({
        filename: 'contract.html',
        template: './src/contract/contract.html',
        chunks: ['contract'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      host: 'localhost',
      port,
      server: useHttps ? await httpsServer() : 'http',
      headers: {
        // The Office host (Excel on the web, the desktop webview) loads the
        // pane from another origin.
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
        'Access-Control-Allow-Headers': '*',
      },
      static: false,
      hot: false,
      liveReload: true,
      open: false,
      client: { overlay: { errors: true, warnings: false, runtimeErrors: false } },
      // http://localhost:3000/ leads to the workbench (there is no page at the root).
      setupMiddlewares: (middlewares) => [{ name: 'root-to-workbench', middleware: rootToWorkbench }, ...middlewares],
    },
  };
  return config;
};
