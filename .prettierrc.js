// Office add-ins' Prettier settings (office-addin-prettier-config), with the
// line width and quotes this code base was written in.
module.exports = { ...require('office-addin-prettier-config'), printWidth: 160, singleQuote: true };
