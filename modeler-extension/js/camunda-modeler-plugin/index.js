'use strict';

// Camunda Modeler plugin manifest: the Modeler loads `script` and `style` into its client window.
module.exports = {
  name: 'ActionLoop',
  script: './client/client.js',
  style: './client/client.css'
};
