import { mount } from 'svelte';
import App from './App.svelte';
import './styles/global.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount the console into');

export default mount(App, { target });
